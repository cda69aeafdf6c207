package io.hyper.examples;

import java.util.LinkedHashMap;
import java.util.Map;

/** Documents as ordered maps, so that they print in the order they are written. */
final class Docs {
  private Docs() {}

  /** A document from alternating field names and values. */
  static Map<String, Object> doc(Object... fieldsAndValues) {
    if (fieldsAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("doc needs field/value pairs");
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      doc.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return doc;
  }
}
