package io.hyper.local.core.data;

import io.hyper.local.core.HyperError;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The options of {@code list} (§4.6): bounds and keys on {@code _id}, order, and a limit.
 *
 * @param limit the most documents to return; empty means no limit
 * @param startkey inclusive lower bound on {@code _id}, compared as strings (also when descending)
 * @param endkey inclusive upper bound on {@code _id}
 * @param keys only these ids (missing ones are simply absent); empty means no restriction
 * @param descending order by {@code _id} descending instead of ascending
 */
public record ListOptions(
    OptionalInt limit,
    Optional<String> startkey,
    Optional<String> endkey,
    Optional<List<String>> keys,
    boolean descending) {

  /** Copies the keys. */
  public ListOptions {
    keys = keys.map(List::copyOf);
  }

  /** No options: every document, ascending by {@code _id}. */
  public static ListOptions all() {
    return new ListOptions(
        OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * Reads the options from query parameters.
   *
   * <p>{@code limit} is a number or numeric string; {@code 0} or absent means no limit. {@code
   * keys} is comma-separated and not trimmed. Only {@code descending=true} (any case) is true.
   * Other parameters are ignored.
   *
   * @param query every value of a query parameter, by name (an empty list when absent)
   * @throws HyperError 422 for a non-numeric, negative or fractional {@code limit}, or {@code
   *     limit} or {@code keys} given more than once
   */
  public static ListOptions parse(Function<String, List<String>> query) {
    OptionalInt limit = OptionalInt.empty();
    Optional<String> rawLimit = single(query, "limit").filter(s -> !s.isEmpty());
    if (rawLimit.isPresent()) {
      int value = Numbers.wholeNumber("limit", rawLimit.get());
      limit = value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }
    Optional<List<String>> keys = single(query, "keys").map(k -> List.of(k.split(",", -1)));
    boolean descending = first(query, "descending").map("true"::equalsIgnoreCase).orElse(false);
    return new ListOptions(
        limit, first(query, "startkey"), first(query, "endkey"), keys, descending);
  }

  private static Optional<String> first(Function<String, List<String>> query, String name) {
    List<String> values = query.apply(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static Optional<String> single(Function<String, List<String>> query, String name) {
    if (query.apply(name).size() > 1) {
      throw HyperError.unprocessable(
          name + " must be given once, was given " + query.apply(name).size() + " times");
    }
    return first(query, name);
  }
}
