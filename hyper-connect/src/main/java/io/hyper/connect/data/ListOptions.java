package io.hyper.connect.data;

import io.hyper.connect.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Options of {@link DataService#list(ListOptions)}, all optional: which documents, by {@code _id},
 * and how many. Immutable; create with {@link #builder()}.
 *
 * <pre>{@code
 * ListOptions.builder().startkey("movie-1").endkey("movie-9").limit(5).descending(true).build()
 * }</pre>
 */
public final class ListOptions {
  private static final ListOptions NONE = builder().build();

  private final Integer limit;
  private final String startkey;
  private final String endkey;
  private final List<String> keys;
  private final boolean descending;

  private ListOptions(Builder b) {
    this.limit = b.limit;
    this.startkey = b.startkey;
    this.endkey = b.endkey;
    this.keys = b.keys;
    this.descending = b.descending;
  }

  /**
   * Returns options that list every document, in ascending {@code _id} order.
   *
   * @return empty options
   */
  public static ListOptions none() {
    return NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no options set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to derive changed options.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.startkey = startkey;
    b.endkey = endkey;
    b.keys = keys;
    b.descending = descending;
    return b;
  }

  /**
   * Returns the maximum number of documents.
   *
   * @return the limit, or empty for no limit (hyper's default)
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Returns the inclusive lower bound on {@code _id}.
   *
   * @return the start key, or empty
   */
  public Optional<String> startkey() {
    return Optional.ofNullable(startkey);
  }

  /**
   * Returns the inclusive upper bound on {@code _id}.
   *
   * @return the end key, or empty
   */
  public Optional<String> endkey() {
    return Optional.ofNullable(endkey);
  }

  /**
   * Returns the ids to list.
   *
   * @return the keys, or empty when not restricted
   */
  public Optional<List<String>> keys() {
    return Optional.ofNullable(keys);
  }

  /**
   * Tells whether documents come in descending {@code _id} order.
   *
   * @return {@code true} for descending
   */
  public boolean descending() {
    return descending;
  }

  @Override
  public String toString() {
    return "ListOptions[limit="
        + limit
        + ", startkey="
        + startkey
        + ", endkey="
        + endkey
        + ", keys="
        + keys
        + ", descending="
        + descending
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListOptions other
        && Objects.equals(limit, other.limit)
        && Objects.equals(startkey, other.startkey)
        && Objects.equals(endkey, other.endkey)
        && Objects.equals(keys, other.keys)
        && descending == other.descending;
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, startkey, endkey, keys, descending);
  }

  /** Builds {@link ListOptions}; {@link #build()} validates. */
  public static final class Builder {
    private Integer limit;
    private String startkey;
    private String endkey;
    private List<String> keys;
    private boolean descending;

    private Builder() {}

    /**
     * Sets the maximum number of documents. Defaults to no limit.
     *
     * @param limit greater than zero
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the inclusive lower bound on {@code _id} (also with {@code descending}). Defaults to
     * none.
     *
     * @param startkey the lowest id listed
     * @return this builder
     */
    public Builder startkey(String startkey) {
      this.startkey = startkey;
      return this;
    }

    /**
     * Sets the inclusive upper bound on {@code _id} (also with {@code descending}). Defaults to
     * none.
     *
     * @param endkey the highest id listed
     * @return this builder
     */
    public Builder endkey(String endkey) {
      this.endkey = endkey;
      return this;
    }

    /**
     * Lists only these ids (missing ones are simply absent; the order is by {@code _id}). Sent
     * comma-separated, so an id must not contain a comma. Defaults to all ids.
     *
     * @param keys the ids
     * @return this builder
     */
    public Builder keys(List<String> keys) {
      this.keys = keys == null ? null : Collections.unmodifiableList(new ArrayList<>(keys));
      return this;
    }

    /**
     * Lists only these ids; see {@link #keys(List)}.
     *
     * @param keys the ids
     * @return this builder
     */
    public Builder keys(String... keys) {
      return keys(keys == null ? null : Arrays.asList(keys));
    }

    /**
     * Sets descending {@code _id} order. Defaults to {@code false} (ascending).
     *
     * @param descending {@code true} for descending
     * @return this builder
     */
    public Builder descending(boolean descending) {
      this.descending = descending;
      return this;
    }

    /**
     * Validates and returns the options.
     *
     * @return the options
     * @throws IllegalArgumentException when {@code limit <= 0}, {@code startkey}/{@code endkey} is
     *     blank, or {@code keys} is empty or holds a null, blank or comma-containing id
     */
    public ListOptions build() {
      if (limit != null) {
        Check.positive(limit, "limit");
      }
      if (startkey != null) {
        Check.notBlank(startkey, "startkey");
      }
      if (endkey != null) {
        Check.notBlank(endkey, "endkey");
      }
      if (keys != null) {
        Check.noneBlank(keys, "keys");
        for (int i = 0; i < keys.size(); i++) {
          if (keys.get(i).indexOf(',') >= 0) {
            throw new IllegalArgumentException(
                "keys["
                    + i
                    + "] must not contain a comma (keys are sent comma-separated), was \""
                    + keys.get(i)
                    + "\"");
          }
        }
      }
      return new ListOptions(this);
    }
  }
}
