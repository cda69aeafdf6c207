package io.hyper.connect.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;

/**
 * The fields of a data index (contract §4.8): either plain field names ({@code ["title","year"]})
 * or fields with a direction ({@code [{"year":"DESC"}]}, built from a {@link Sort}). hyper refuses
 * a mix of the two, so this type never produces one. Immutable and thread-safe.
 *
 * <pre>{@code
 * IndexFields byTitle = IndexFields.of("title", "year");
 * IndexFields newestFirst = IndexFields.of(Sort.desc("year"));   // an index for that sort
 * }</pre>
 */
public final class IndexFields {

  private final List<String> names;
  private final Sort sort;

  private IndexFields(List<String> names, Sort sort) {
    this.names = names;
    this.sort = sort;
  }

  /**
   * Indexes the given fields, in the order given, without directions.
   *
   * @param fields one or more field names, possibly dotted
   * @return the index fields
   * @throws IllegalArgumentException if there are no fields, a blank one or a repeated one
   */
  public static IndexFields of(String... fields) {
    if (fields == null || fields.length == 0) {
      throw new IllegalArgumentException("an index needs at least one field, was none");
    }
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String field : fields) {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException(
            "index field must be a field name, was "
                + (field == null ? "null" : "'" + field + "'"));
      }
      if (!seen.add(field)) {
        throw new IllegalArgumentException("index field '" + field + "' appears twice");
      }
      names.add(field);
    }
    return new IndexFields(List.copyOf(names), null);
  }

  /**
   * Indexes the fields of a sort with their directions, so that the index serves that sort.
   *
   * @param sort the sort to index for
   * @return the index fields
   * @throws IllegalArgumentException if {@code sort} is null
   */
  public static IndexFields of(Sort sort) {
    if (sort == null) {
      throw new IllegalArgumentException("sort must not be null");
    }
    return new IndexFields(null, sort);
  }

  /**
   * The names of the fields, in order, whichever form this is.
   *
   * @return an unmodifiable list with at least one element
   */
  public List<String> fieldNames() {
    return sort == null ? names : sort.fields().stream().map(Sort.Field::field).toList();
  }

  /**
   * The directions of the fields, when this index was built from a {@link Sort}.
   *
   * @return the sort; empty for plain field names
   */
  public Optional<Sort> sort() {
    return Optional.ofNullable(sort);
  }

  /**
   * Renders the fields as hyper expects them: {@code ["a","b"]} or {@code [{"a":"ASC"}]}.
   *
   * @return a fresh JSON array
   */
  public ArrayNode toJson() {
    if (sort != null) {
      return sort.toJson();
    }
    ArrayNode array = JsonSelector.JSON.createArrayNode();
    names.forEach(array::add);
    return array;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndexFields that
        && Objects.equals(names, that.names)
        && Objects.equals(sort, that.sort);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, sort);
  }

  /** The fields as compact JSON, e.g. {@code ["title","year"]}. */
  @Override
  public String toString() {
    return toJson().toString();
  }
}
