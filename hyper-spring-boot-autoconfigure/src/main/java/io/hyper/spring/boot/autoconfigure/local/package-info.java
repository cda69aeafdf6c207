/** hyper-local as a Spring Boot dev and test service: started with the context, no Docker. */
package io.hyper.spring.boot.autoconfigure.local;
