package io.hyper.local.core.queue;

import io.hyper.local.core.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import tools.jackson.databind.node.ObjectNode;

/**
 * Why the last delivery of a job failed (§11 Q8).
 *
 * @param status the target's HTTP status, when it answered
 * @param msg the target's answer or the network error, at most {@value #MAX_MSG_BYTES} bytes of
 *     UTF-8
 */
public record DeliveryError(OptionalInt status, String msg) {
  /** The most bytes of a target's answer kept: 1 KiB. */
  public static final int MAX_MSG_BYTES = 1024;

  /** Checks both components. */
  public DeliveryError {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(msg, "msg");
  }

  /**
   * The error for a target that answered {@code status} with {@code answer}: the answer's first KiB
   * as text, or {@code target answered <status>} when it was empty.
   */
  public static DeliveryError answered(int status, byte[] answer) {
    String text = truncate(answer);
    return new DeliveryError(
        OptionalInt.of(status), text.isBlank() ? "target answered " + status : text);
  }

  /** The error for a delivery that got no answer (refused connection, timeout, reset). */
  public static DeliveryError network(Throwable cause) {
    String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new DeliveryError(
        OptionalInt.empty(),
        truncate((cause.getClass().getSimpleName() + detail).getBytes(StandardCharsets.UTF_8)));
  }

  /** The error for a target that did not answer within {@code timeout}. */
  public static DeliveryError timeout(Duration timeout) {
    return new DeliveryError(
        OptionalInt.empty(), "target did not answer within " + timeout.toMillis() + " ms");
  }

  /**
   * Decodes at most {@value #MAX_MSG_BYTES} bytes as UTF-8, without splitting a character at the
   * cut.
   */
  static String truncate(byte[] bytes) {
    if (bytes.length <= MAX_MSG_BYTES) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    // Cut before the character that straddles the limit: back up over continuation bytes.
    int end = MAX_MSG_BYTES;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    return new String(Arrays.copyOf(bytes, end), StandardCharsets.UTF_8);
  }

  /** {@code {"status"?: n, "msg": text}}. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object();
    status.ifPresent(s -> node.put("status", s));
    return node.put("msg", msg);
  }
}
