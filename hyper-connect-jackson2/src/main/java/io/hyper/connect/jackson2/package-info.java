/**
 * {@link io.hyper.connect.jackson2.Jackson2Codec}: hyper-connect's documents encoded and decoded by
 * a Jackson 2 {@code ObjectMapper}, for apps on Jackson 2 (Spring Boot 3) whose annotations
 * ({@code @JsonNaming}, {@code @JsonSerialize}, ...) Jackson 3 would silently ignore.
 */
package io.hyper.connect.jackson2;
