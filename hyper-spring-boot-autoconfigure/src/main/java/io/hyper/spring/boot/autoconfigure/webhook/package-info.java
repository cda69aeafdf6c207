/** Serves {@code @HyperWebhook} methods: verified queue deliveries in a Spring MVC app. */
package io.hyper.spring.boot.autoconfigure.webhook;
