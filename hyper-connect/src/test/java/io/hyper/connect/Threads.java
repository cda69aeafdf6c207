package io.hyper.connect;

/** Counts live threads by name, for the lifecycle and leak tests. */
final class Threads {
  private Threads() {}

  /**
   * Returns how many live threads have a name starting with a prefix (the SDK's timer excluded).
   *
   * @param prefix e.g. {@code hyper-connect-}
   * @return the count
   */
  static int named(String prefix) {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(n -> n.startsWith(prefix) && !n.equals("hyper-connect-timer"))
            .count();
  }

  /**
   * Returns how many live threads have a name containing a part.
   *
   * @param part e.g. {@code SelectorManager}
   * @return the count
   */
  static int containing(String part) {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .filter(t -> t.getName().contains(part))
            .count();
  }
}
