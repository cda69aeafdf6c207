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
 * Options of {@link DataService#query(Object, QueryOptions)}, all optional: projection, sort order,
 * paging and an index hint. Immutable; create with {@link #builder()}.
 *
 * <pre>{@code
 * QueryOptions.builder()
 *     .fields("_id", "title")
 *     .sort(SortField.desc("year"))
 *     .limit(10)
 *     .build()
 * }</pre>
 */
public final class QueryOptions {
  private static final QueryOptions NONE = builder().build();

  private final List<String> fields;
  private final List<SortField> sort;
  private final Integer limit;
  private final Integer skip;
  private final String useIndex;

  private QueryOptions(Builder b) {
    this.fields = b.fields;
    this.sort = b.sort;
    this.limit = b.limit;
    this.skip = b.skip;
    this.useIndex = b.useIndex;
  }

  /**
   * Returns options with nothing set: every field, unspecified order, hyper's default limit (25).
   *
   * @return empty options
   */
  public static QueryOptions none() {
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
    b.sort = sort;
    b.limit = limit;
    b.skip = skip;
    b.useIndex = useIndex;
    return b;
  }

  /**
   * Returns the top-level fields each document is projected to.
   *
   * @return the fields, or empty for whole documents
   */
  public Optional<List<String>> fields() {
    return Optional.ofNullable(fields);
  }

  /**
   * Returns the sort order.
   *
   * @return the sort fields, or empty for hyper's order (unspecified)
   */
  public Optional<List<SortField>> sort() {
    return Optional.ofNullable(sort);
  }

  /**
   * Returns the maximum number of documents.
   *
   * @return the limit, or empty for hyper's default of 25
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Returns how many matching documents are skipped.
   *
   * @return the skip, or empty for 0
   */
  public OptionalInt skip() {
    return skip == null ? OptionalInt.empty() : OptionalInt.of(skip);
  }

  /**
   * Returns the index hint, sent as {@code use_index}.
   *
   * @return the index name, or empty
   */
  public Optional<String> useIndex() {
    return Optional.ofNullable(useIndex);
  }

  @Override
  public String toString() {
    return "QueryOptions[fields="
        + fields
        + ", sort="
        + sort
        + ", limit="
        + limit
        + ", skip="
        + skip
        + ", useIndex="
        + useIndex
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueryOptions other
        && Objects.equals(fields, other.fields)
        && Objects.equals(sort, other.sort)
        && Objects.equals(limit, other.limit)
        && Objects.equals(skip, other.skip)
        && Objects.equals(useIndex, other.useIndex);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, sort, limit, skip, useIndex);
  }

  /** Builds {@link QueryOptions}; {@link #build()} validates. */
  public static final class Builder {
    private List<String> fields;
    private List<SortField> sort;
    private Integer limit;
    private Integer skip;
    private String useIndex;

    private Builder() {}

    /**
     * Projects each document to these top-level fields; {@code _id} is returned only if listed.
     * Defaults to whole documents.
     *
     * @param fields the field names
     * @return this builder
     */
    public Builder fields(List<String> fields) {
      this.fields = copy(fields);
      return this;
    }

    /**
     * Projects each document to these top-level fields; see {@link #fields(List)}.
     *
     * @param fields the field names
     * @return this builder
     */
    public Builder fields(String... fields) {
      return fields(fields == null ? null : Arrays.asList(fields));
    }

    /**
     * Sorts by these fields, first field first. hyper needs no index to sort. Defaults to
     * unspecified order.
     *
     * @param sort the sort fields
     * @return this builder
     */
    public Builder sort(List<SortField> sort) {
      this.sort = copy(sort);
      return this;
    }

    /**
     * Sorts by these fields; see {@link #sort(List)}.
     *
     * @param sort the sort fields, e.g. {@code SortField.desc("year")}
     * @return this builder
     */
    public Builder sort(SortField... sort) {
      return sort(sort == null ? null : Arrays.asList(sort));
    }

    /**
     * Sorts ascending by these field names; see {@link #sort(List)}.
     *
     * @param fields the field names
     * @return this builder
     */
    public Builder sort(String... fields) {
      if (fields == null) {
        this.sort = null;
        return this;
      }
      List<SortField> list = new ArrayList<>(fields.length);
      for (int i = 0; i < fields.length; i++) {
        list.add(SortField.of(Check.notBlank(fields[i], "sort[" + i + "]")));
      }
      return sort(list);
    }

    /**
     * Sets the maximum number of documents. Defaults to hyper's default, 25.
     *
     * @param limit greater than zero
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Skips this many matching documents, for paging. Defaults to 0.
     *
     * @param skip zero or more
     * @return this builder
     */
    public Builder skip(int skip) {
      this.skip = skip;
      return this;
    }

    /**
     * Names an index hyper may use (sent as {@code use_index}; a hint only). Defaults to none.
     *
     * @param useIndex the index name
     * @return this builder
     */
    public Builder useIndex(String useIndex) {
      this.useIndex = useIndex;
      return this;
    }

    /**
     * Validates and returns the options.
     *
     * @return the options
     * @throws IllegalArgumentException when {@code limit <= 0}, {@code skip < 0}, {@code useIndex}
     *     is blank, or {@code fields}/{@code sort} is empty or holds a null or blank element
     */
    public QueryOptions build() {
      if (fields != null) {
        Check.noneBlank(fields, "fields");
      }
      if (sort != null) {
        if (sort.isEmpty()) {
          throw new IllegalArgumentException("sort must not be empty");
        }
        for (int i = 0; i < sort.size(); i++) {
          Check.notNull(sort.get(i), "sort[" + i + "]");
        }
      }
      if (limit != null) {
        Check.positive(limit, "limit");
      }
      if (skip != null) {
        Check.notNegative(skip, "skip");
      }
      if (useIndex != null) {
        Check.notBlank(useIndex, "useIndex");
      }
      return new QueryOptions(this);
    }

    private static <T> List<T> copy(List<T> list) {
      return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
  }
}
