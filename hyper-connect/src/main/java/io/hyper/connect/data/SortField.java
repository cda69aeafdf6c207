package io.hyper.connect.data;

import io.hyper.connect.internal.Check;
import java.util.Optional;

/**
 * A field of a sort order or an index definition: a plain name ({@link #of(String)}, sent as {@code
 * "title"}) or a name with a direction ({@link #asc(String)}, {@link #desc(String)}, sent as {@code
 * {"title":"DESC"}}).
 *
 * <p>hyper rejects lists that mix both forms; the SDK never sends such a list: when any field of a
 * list has a direction, the plain ones are sent as {@code ASC}.
 *
 * @param field the field name (dotted paths allowed)
 * @param direction the direction, or {@code null} for a plain name
 */
public record SortField(String field, Direction direction) {

  /** A sort direction, sent as {@code "ASC"} or {@code "DESC"}. */
  public enum Direction {
    /** Ascending. */
    ASC,
    /** Descending. */
    DESC
  }

  /**
   * Checks the field name.
   *
   * @throws IllegalArgumentException when the field is null or blank
   * @param field the field name (dotted paths allowed)
   * @param direction the direction, or {@code null} for a plain name
   */
  public SortField {
    Check.notBlank(field, "field");
  }

  /**
   * Returns a plain field name (ascending).
   *
   * @param field the field
   * @return the sort field
   * @throws IllegalArgumentException when the field is null or blank
   */
  public static SortField of(String field) {
    return new SortField(field, null);
  }

  /**
   * Returns an ascending field, sent as {@code {"field":"ASC"}}.
   *
   * @param field the field
   * @return the sort field
   * @throws IllegalArgumentException when the field is null or blank
   */
  public static SortField asc(String field) {
    return new SortField(field, Direction.ASC);
  }

  /**
   * Returns a descending field, sent as {@code {"field":"DESC"}}.
   *
   * @param field the field
   * @return the sort field
   * @throws IllegalArgumentException when the field is null or blank
   */
  public static SortField desc(String field) {
    return new SortField(field, Direction.DESC);
  }

  /**
   * Returns the direction, when one was given.
   *
   * @return the direction, or empty for a plain name
   */
  public Optional<Direction> directionIfGiven() {
    return Optional.ofNullable(direction);
  }
}
