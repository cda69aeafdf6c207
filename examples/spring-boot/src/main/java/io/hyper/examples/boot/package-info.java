/** The Spring Boot example: a movies API and a queue worker on hyper, through the starter. */
package io.hyper.examples.boot;
