/** Micrometer timers of every SDK call, when the app has a meter registry. */
package io.hyper.spring.boot.autoconfigure.metrics;
