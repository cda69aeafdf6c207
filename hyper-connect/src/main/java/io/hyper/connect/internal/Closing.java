package io.hyper.connect.internal;

/** Closes what nobody will read any more: a late download, a stream behind a failed mapping. */
final class Closing {
  private static final System.Logger LOG = System.getLogger("io.hyper.connect");

  private Closing() {}

  /**
   * Closes a value when it is {@link AutoCloseable}; failures are logged at DEBUG, not thrown.
   *
   * @param value anything, or {@code null}
   */
  static void quietly(Object value) {
    if (value instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "closing an unclaimed result failed: " + e);
      }
    }
  }
}
