package io.hyper.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.HyperServiceException;
import io.hyper.connect.Result;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by every end-to-end test: the shape of a success and of a not-ok result. */
final class Outcomes {
  private Outcomes() {}

  /** Asserts an ok result with hyper's status for the action and no message. */
  static <R extends Result> R assertOk(R result, int status) {
    assertThat(result.ok()).as("ok of %s", result).isTrue();
    assertThat(result.status()).as("status of %s", result).isEqualTo(status);
    assertThat(result.orThrow()).isSameAs(result);
    return result;
  }

  /**
   * Asserts a not-ok result (not an exception) with the status and a message, and that {@code
   * orThrow()} throws the exception type of that status, carrying the same status and message.
   */
  static void assertNotOk(
      Result result, int status, Class<? extends HyperServiceException> exception) {
    assertThat(result.ok()).as("ok of %s", result).isFalse();
    assertThat(result.status()).as("status of %s", result).isEqualTo(status);
    assertThat(result.msg()).as("msg of %s", result).isPresent();
    assertThatThrownBy(result::orThrow)
        .isInstanceOf(exception)
        .satisfies(
            e -> {
              HyperServiceException thrown = (HyperServiceException) e;
              assertThat(thrown.status()).isEqualTo(status);
              assertThat(thrown.operation()).isEqualTo(result.operation());
              assertThat(thrown.msg()).isEqualTo(result.msg());
            });
  }

  /**
   * Asserts the call is rejected before sending with an {@link IllegalArgumentException} whose
   * message names the argument.
   */
  static void assertRejected(ThrowingCallable call, String argument) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(argument);
  }
}
