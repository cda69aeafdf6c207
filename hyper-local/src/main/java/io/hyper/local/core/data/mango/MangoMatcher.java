package io.hyper.local.core.data.mango;

import io.hyper.local.core.Deadline;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Decides exactly whether a document matches a {@link Selector}: the reference semantics every
 * engine translation must agree with.
 *
 * <p>Dotted paths walk nested objects only; a path through an array or a scalar is missing (use
 * {@code $elemMatch} to look inside arrays of objects).
 */
public final class MangoMatcher {
  private MangoMatcher() {}

  /** Whether {@code doc} matches {@code selector}. */
  public static boolean matches(Selector selector, JsonNode doc) {
    return matches(selector, doc, Deadline.NONE);
  }

  /**
   * Whether {@code doc} matches {@code selector}, stopping when {@code deadline} passes.
   *
   * @throws io.hyper.local.core.HyperError 503 when the deadline passes while matching
   */
  public static boolean matches(Selector selector, JsonNode doc, Deadline deadline) {
    if (selector instanceof Selector.And and) {
      return and.parts().stream().allMatch(s -> matches(s, doc, deadline));
    } else if (selector instanceof Selector.Or or) {
      return or.parts().stream().anyMatch(s -> matches(s, doc, deadline));
    } else if (selector instanceof Selector.Nor nor) {
      return nor.parts().stream().noneMatch(s -> matches(s, doc, deadline));
    } else if (selector instanceof Selector.Not not) {
      return !matches(not.inner(), doc, deadline);
    }
    Selector.Field field = (Selector.Field) selector;
    return test(field.condition(), resolve(doc, field.path()), deadline);
  }

  /** The value at {@code path} in {@code doc}, or {@code null} when missing. */
  public static JsonNode resolve(JsonNode doc, List<String> path) {
    JsonNode current = doc;
    for (String key : path) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(key);
    }
    return current;
  }

  /**
   * Whether a field value satisfies a condition.
   *
   * @param value the value, or {@code null} when the field is missing
   */
  static boolean test(Condition condition, JsonNode value, Deadline deadline) {
    if (condition instanceof Condition.Not not) {
      return !test(not.inner(), value, deadline);
    } else if (condition instanceof Condition.AllOf allOf) {
      return allOf.parts().stream().allMatch(c -> test(c, value, deadline));
    } else if (condition instanceof Condition.Exists exists) {
      return (value != null) == exists.present();
    }
    if (value == null) {
      return false;
    }
    if (condition instanceof Condition.Eq eq) {
      return equalOrContains(value, eq.value());
    } else if (condition instanceof Condition.In in) {
      return in.values().stream().anyMatch(v -> equalOrContains(value, v));
    } else if (condition instanceof Condition.All all) {
      return !all.values().isEmpty()
          && all.values().stream().allMatch(v -> equalOrContains(value, v));
    } else if (condition instanceof Condition.Compare compare) {
      return selfOrElement(value, v -> compares(v, compare));
    } else if (condition instanceof Condition.Regex regex) {
      return selfOrElement(
          value,
          v -> v.isString() && regex.pattern().matcher(deadline.guard(v.stringValue())).find());
    } else if (condition instanceof Condition.Size size) {
      return value.isArray() && value.size() == size.size();
    } else if (condition instanceof Condition.ElemMatchValue elem) {
      return value.isArray()
          && value.valueStream().anyMatch(e -> test(elem.condition(), e, deadline));
    }
    Condition.ElemMatch elem = (Condition.ElemMatch) condition;
    return value.isArray()
        && value.valueStream().anyMatch(e -> matches(elem.selector(), e, deadline));
  }

  private static boolean equalOrContains(JsonNode value, JsonNode expected) {
    return selfOrElement(value, v -> JsonValues.equal(v, expected));
  }

  private static boolean compares(JsonNode value, Condition.Compare compare) {
    return JsonValues.kind(value) == JsonValues.kind(compare.value())
        && compare.op().accepts(JsonValues.compareScalars(value, compare.value()));
  }

  /** MongoDB's array rule: the value itself, or when it is an array, any of its elements. */
  private static boolean selfOrElement(
      JsonNode value, java.util.function.Predicate<JsonNode> test) {
    return test.test(value) || (value.isArray() && value.valueStream().anyMatch(test));
  }
}
