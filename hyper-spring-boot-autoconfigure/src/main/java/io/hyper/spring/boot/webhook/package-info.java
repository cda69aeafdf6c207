/**
 * Receiving hyper queue jobs in a Spring Boot app: {@link
 * io.hyper.spring.boot.webhook.HyperWebhook}.
 */
package io.hyper.spring.boot.webhook;
