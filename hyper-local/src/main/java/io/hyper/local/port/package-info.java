/**
 * The ports: what each service needs from an engine, as interfaces the core calls and adapters
 * implement.
 */
package io.hyper.local.port;
