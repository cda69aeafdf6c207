package io.hyper.connect.search;

import io.hyper.connect.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link SearchService#query(String, SearchQueryOptions)}, both optional: which indexed
 * fields to search and an exact-match filter on stored fields. Options left out are not sent.
 * Immutable; create with {@link #builder()}.
 *
 * <pre>{@code
 * SearchQueryOptions.builder()
 *     .fields("title")
 *     .filter(Map.of("type", "movie"))
 *     .build()
 * }</pre>
 */
public final class SearchQueryOptions {
  private static final SearchQueryOptions NONE = builder().build();

  private final List<String> fields;
  private final Map<String, Object> filter;

  private SearchQueryOptions(Builder b) {
    this.fields = b.fields;
    this.filter = b.filter;
  }

  /**
   * Returns options with nothing set: every indexed field is searched, nothing is filtered.
   *
   * @return empty options
   */
  public static SearchQueryOptions none() {
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
    b.fields = fields;
    b.filter = filter;
    return b;
  }

  /**
   * Returns the indexed fields the query searches.
   *
   * @return the fields, or empty for every field of the index
   */
  public Optional<List<String>> fields() {
    return Optional.ofNullable(fields);
  }

  /**
   * Returns the filter: a match is kept only when each of these stored fields equals the value.
   *
   * @return the filter, or empty for none
   */
  public Optional<Map<String, Object>> filter() {
    return Optional.ofNullable(filter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchQueryOptions other
        && Objects.equals(fields, other.fields)
        && Objects.equals(filter, other.filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, filter);
  }

  @Override
  public String toString() {
    return "SearchQueryOptions[fields=" + fields + ", filter=" + filter + "]";
  }

  /** Builds {@link SearchQueryOptions}; {@link #build()} validates. */
  public static final class Builder {
    private List<String> fields;
    private Map<String, Object> filter;

    private Builder() {}

    /**
     * Searches only these indexed fields (a subset of the index's {@code fields}). Defaults to
     * every indexed field.
     *
     * @param fields the field names
     * @return this builder
     */
    public Builder fields(List<String> fields) {
      this.fields = fields == null ? null : Collections.unmodifiableList(new ArrayList<>(fields));
      return this;
    }

    /**
     * Searches only these indexed fields; see {@link #fields(List)}.
     *
     * @param fields the field names
     * @return this builder
     */
    public Builder fields(String... fields) {
      return fields(fields == null ? null : Arrays.asList(fields));
    }

    /**
     * Keeps only matches whose stored fields equal these values exactly (the keys must be {@code
     * storeFields} of the index). Defaults to no filter.
     *
     * @param filter field names and the values they must have
     * @return this builder
     */
    public Builder filter(Map<String, ?> filter) {
      this.filter =
          filter == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(filter));
      return this;
    }

    /**
     * Validates and returns the options.
     *
     * @return the options
     * @throws IllegalArgumentException when {@code fields} is empty or holds a null or blank name,
     *     or {@code filter} is empty or has a blank key
     */
    public SearchQueryOptions build() {
      if (fields != null) {
        Check.noneBlank(fields, "fields");
      }
      if (filter != null) {
        if (filter.isEmpty()) {
          throw new IllegalArgumentException("filter must not be empty");
        }
        Check.noneBlank(new ArrayList<>(filter.keySet()), "filter keys");
      }
      return new SearchQueryOptions(this);
    }
  }
}
