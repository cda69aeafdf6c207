package io.hyper.spring.boot.autoconfigure.local;

import io.hyper.local.HyperLocal;

/**
 * The hyper-local servers of this JVM. On port 0 every context shares one server, started by the
 * first and closed by the last (test contexts come and go; each has a domain of its own); on a
 * fixed port each context runs its own.
 */
final class SharedServers {
  private static HyperLocal shared;
  private static int users;

  private SharedServers() {}

  /** Returns a running server for a context; give it back with {@link #release}. */
  static synchronized HyperLocal acquire(int port) {
    if (port != 0) {
      return HyperLocal.builder().port(port).start();
    }
    if (shared == null) {
      shared = HyperLocal.builder().start();
    }
    users++;
    return shared;
  }

  /** Gives a server back; the last user of the shared one closes it. */
  static synchronized void release(HyperLocal server) {
    if (server != shared) {
      server.close();
      return;
    }
    if (--users == 0) {
      shared.close();
      shared = null;
    }
  }
}
