package io.hyper.examples.boot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A movie, as stored in hyper's data service: its id is hyper's {@code _id}.
 *
 * @param id hyper's id, or {@code null} before it is stored
 * @param title the title
 * @param year the year it came out
 * @param description what it is about
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Movie(@JsonProperty("_id") String id, String title, int year, String description) {

  /**
   * Returns this movie with an id.
   *
   * @param id hyper's id
   * @return the copy
   */
  public Movie withId(String id) {
    return new Movie(id, title, year, description);
  }
}
