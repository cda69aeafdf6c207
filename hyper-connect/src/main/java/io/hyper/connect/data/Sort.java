package io.hyper.connect.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order of a query's results: one or more fields, each ascending or descending (contract §4.7).
 * Immutable and thread-safe; written for static import.
 *
 * <pre>{@code
 * import static io.hyper.connect.data.Sort.*;
 *
 * Sort newestFirst = orderBy(desc("year"), asc("title"));
 * // [{"year":"DESC"},{"title":"ASC"}]
 * }</pre>
 *
 * <p>It always renders as single-key objects ({@code {"field":"ASC"|"DESC"}}), the form every hyper
 * server accepts for both directions.
 */
public final class Sort {

  /** The direction of one sort or index field, written as hyper spells it. */
  public enum Direction {
    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC
  }

  /**
   * One field of a sort.
   *
   * @param field the field, possibly dotted
   * @param direction its direction
   */
  public record Field(String field, Direction direction) {
    /**
     * Creates a sort field.
     *
     * @throws IllegalArgumentException if {@code field} is blank or {@code direction} is null
     */
    public Field {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException(
            "sort field must be a field name, was " + (field == null ? "null" : "'" + field + "'"));
      }
      if (direction == null) {
        throw new IllegalArgumentException("direction of sort field '" + field + "' is null");
      }
    }
  }

  private final List<Field> fields;

  private Sort(List<Field> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a sort needs at least one field, was none");
    }
    Set<String> seen = new HashSet<>();
    for (Field f : fields) {
      if (!seen.add(f.field())) {
        throw new IllegalArgumentException("sort field '" + f.field() + "' appears twice");
      }
    }
    this.fields = List.copyOf(fields);
  }

  /**
   * Sorts by the given fields, each ascending, in the order given.
   *
   * @param fields one or more field names
   * @return the sort
   * @throws IllegalArgumentException if there are no fields, a blank one or a repeated one
   */
  public static Sort asc(String... fields) {
    return of(Direction.ASC, fields);
  }

  /**
   * Sorts by the given fields, each descending, in the order given.
   *
   * @param fields one or more field names
   * @return the sort
   * @throws IllegalArgumentException if there are no fields, a blank one or a repeated one
   */
  public static Sort desc(String... fields) {
    return of(Direction.DESC, fields);
  }

  /**
   * Combines sorts: by the fields of the first, then of the second, and so on.
   *
   * @param sorts one or more sorts
   * @return the combined sort
   * @throws IllegalArgumentException if there are none, one is null or a field appears twice
   */
  public static Sort orderBy(Sort... sorts) {
    if (sorts == null) {
      throw new IllegalArgumentException("sorts must not be null");
    }
    List<Field> all = new ArrayList<>();
    for (Sort sort : sorts) {
      if (sort == null) {
        throw new IllegalArgumentException("sorts must not contain null");
      }
      all.addAll(sort.fields);
    }
    return new Sort(all);
  }

  private static Sort of(Direction direction, String... names) {
    if (names == null) {
      throw new IllegalArgumentException("fields must not be null");
    }
    List<Field> fields = new ArrayList<>();
    for (String name : names) {
      fields.add(new Field(name, direction));
    }
    return new Sort(fields);
  }

  /**
   * The fields of this sort, in order.
   *
   * @return an unmodifiable list with at least one element
   */
  public List<Field> fields() {
    return fields;
  }

  /**
   * Renders this sort as hyper expects it, e.g. {@code [{"year":"DESC"},{"title":"ASC"}]}.
   *
   * @return a fresh JSON array
   */
  public ArrayNode toJson() {
    ArrayNode array = JsonSelector.JSON.createArrayNode();
    for (Field f : fields) {
      ObjectNode entry = array.addObject();
      entry.put(f.field(), f.direction().name());
    }
    return array;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sort that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields);
  }

  /** The sort as compact JSON, e.g. {@code [{"year":"DESC"}]}. */
  @Override
  public String toString() {
    return toJson().toString();
  }
}
