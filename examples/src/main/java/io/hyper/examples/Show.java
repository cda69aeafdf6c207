package io.hyper.examples;

import io.hyper.connect.Result;

/** Prints results the way the Python SDK's examples do: {@code hyper.data.add result --> {...}}. */
final class Show {
  private Show() {}

  /** Prints a result and returns it. */
  static <R extends Result> R result(String action, R result) {
    System.out.println(action + " result --> " + result);
    return result;
  }

  /** Prints a result that must be ok, and fails the run when it is not. */
  static <R extends Result> R ok(String action, R result) {
    result(action, result);
    if (!result.ok()) {
      throw new IllegalStateException(action + " was not ok: " + result);
    }
    return result;
  }

  /** Prints a line of commentary. */
  static void note(String text) {
    System.out.println("   " + text);
  }

  /** Prints a section heading. */
  static void heading(String title) {
    System.out.println();
    System.out.println("## " + title);
  }
}
