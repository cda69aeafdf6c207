package io.hyper.connect.internal.service;

import io.hyper.connect.internal.Check;

/** Checks storage object names before anything is sent (contract §7.4). */
final class ObjectNames {
  private ObjectNames() {}

  /**
   * Returns the name when it is a valid object path: not blank, no leading or trailing {@code /},
   * no empty, {@code .} or {@code ..} segment.
   *
   * @throws IllegalArgumentException naming the problem and the name
   */
  static String check(String name) {
    Check.notBlank(name, "name");
    if (name.startsWith("/") || name.endsWith("/")) {
      throw new IllegalArgumentException(
          "name must not start or end with '/', was \"" + name + "\"");
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException(
            "name must not contain an empty segment ('//'), was \"" + name + "\"");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "name must not contain '" + segment + "' as a segment, was \"" + name + "\"");
      }
    }
    return name;
  }
}
