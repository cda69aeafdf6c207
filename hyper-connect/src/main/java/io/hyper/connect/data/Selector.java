package io.hyper.connect.data;

import tools.jackson.databind.JsonNode;

/**
 * A Mango selector that renders itself as JSON: what {@link DataService#query(Object,
 * QueryOptions)} accepts besides a raw {@code Map} or {@code JsonNode}. Implemented by the SDK's
 * selector builder; implement it yourself to plug in your own.
 */
@FunctionalInterface
public interface Selector {

  /**
   * Returns the selector as a JSON object, e.g. {@code {"type":"movie","year":{"$gt":1984}}}.
   *
   * @return a JSON object
   */
  JsonNode toJson();
}
