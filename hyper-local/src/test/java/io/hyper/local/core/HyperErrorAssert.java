package io.hyper.local.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call fails with a {@link HyperError} of a given status. */
public final class HyperErrorAssert {
  private HyperErrorAssert() {}

  /** Runs {@code call} and checks it throws a {@link HyperError} with {@code status}. */
  public static void assertStatus(int status, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(HyperError.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
