package io.hyper.connect.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.Hyper;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One invalid call in both forms and the message it must fail with: the row type of every
 * argument-validation table.
 *
 * @param name what the row checks, shown as the test name
 * @param sync the sync form of the call
 * @param async the async form of the call
 * @param message the exact {@link IllegalArgumentException} message
 */
public record InvalidCall(
    String name,
    Function<Hyper, Object> sync,
    Function<Hyper, CompletableFuture<?>> async,
    String message) {

  /**
   * Asserts the call, in a mode, throws {@link IllegalArgumentException} with the message and sends
   * nothing.
   *
   * @param mode sync or async
   * @param hyper the connection to call
   * @param server the server that must not see a request
   */
  public void assertRejectedBeforeSending(Mode mode, Hyper hyper, RecordingServer server) {
    assertThatThrownBy(
            () ->
                mode.call(
                    () -> sync.apply(hyper),
                    () -> async.apply(hyper).thenApply(result -> (Object) result)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(server.requestCount()).as("requests sent").isZero();
  }

  @Override
  public String toString() {
    return name;
  }
}
