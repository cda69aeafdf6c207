package io.hyper.local.port;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The answer of a call inside a named container (a cache store, a search index, a database): its
 * value, or the news that the container does not exist. Ports return it instead of throwing, so
 * that the core alone decides what a missing container means to a client.
 *
 * @param <T> the value's type
 */
public final class Scoped<T> {
  private static final Scoped<?> MISSING = new Scoped<>(null);

  private final T value;

  private Scoped(T value) {
    this.value = value;
  }

  /** The container exists and the call produced {@code value}. */
  public static <T> Scoped<T> of(T value) {
    return new Scoped<>(Objects.requireNonNull(value, "value"));
  }

  /** The container does not exist; nothing happened. */
  @SuppressWarnings("unchecked")
  public static <T> Scoped<T> missing() {
    return (Scoped<T>) MISSING;
  }

  /** True when the container does not exist. */
  public boolean isMissing() {
    return value == null;
  }

  /**
   * The value.
   *
   * @throws IllegalStateException when the container is missing
   */
  public T value() {
    if (value == null) {
      throw new IllegalStateException("the container does not exist");
    }
    return value;
  }

  /** The value, or {@code other} when the container is missing. */
  public T orElse(T other) {
    return value == null ? other : value;
  }

  /** This answer with {@code f} applied to its value; a missing container stays missing. */
  public <R> Scoped<R> map(Function<? super T, ? extends R> f) {
    return value == null ? missing() : of(f.apply(value));
  }

  /** The value, or what {@code missing} supplies thrown. */
  public <X extends RuntimeException> T orElseThrow(Supplier<X> missing) {
    if (value == null) {
      throw missing.get();
    }
    return value;
  }

  @Override
  public String toString() {
    return value == null ? "Scoped[missing]" : "Scoped[" + value + "]";
  }
}
