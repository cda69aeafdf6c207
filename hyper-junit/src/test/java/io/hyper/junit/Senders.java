package io.hyper.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which local process holds a TCP connection, read from Linux's {@code /proc}: the queue tests use
 * it to tell which hyper-local instance sent a delivery (the connection's port at the sender is the
 * remote port the target sees).
 */
final class Senders {
  private Senders() {}

  /**
   * The process among {@code pids} holding the connection from local TCP port {@code port} to
   * {@code remotePort}.
   */
  static Optional<Long> owner(int port, int remotePort, List<Long> pids) {
    // The kernel writes /proc/net/tcp a chunk per read, so an entry can be missed while other
    // sockets come and go: read it again before giving up.
    Optional<String> inode = Optional.empty();
    for (int tries = 0; tries < 20 && inode.isEmpty(); tries++) {
      inode = inode(port, remotePort);
    }
    if (inode.isEmpty()) {
      return Optional.empty();
    }
    String link = "socket:[" + inode.get() + "]";
    for (long pid : pids) {
      try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", "" + pid, "fd"))) {
        for (Path fd : fds) {
          try {
            if (Files.readSymbolicLink(fd).toString().equals(link)) {
              return Optional.of(pid);
            }
          } catch (IOException closedMeanwhile) {
            // the descriptor went away while we looked
          }
        }
      } catch (IOException gone) {
        // the process has ended
      }
    }
    return Optional.empty();
  }

  /** The inode of the IPv4 or IPv6 TCP connection from local {@code port} to {@code remotePort}. */
  private static Optional<String> inode(int port, int remotePort) {
    String hex = String.format(":%04X", port);
    String remote = String.format(":%04X", remotePort);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          // An established connection (state 01) to that remote port: the kernel reuses a local
          // port for connections to other destinations, and a closed one lingering in TIME_WAIT
          // has no process (inode 0).
          if (f.length > 9
              && f[1].endsWith(hex)
              && f[2].endsWith(remote)
              && f[3].equals("01")
              && !f[9].equals("0")) {
            return Optional.of(f[9]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "reading " + table + " (the queue scale-out tests need Linux)", e);
      }
    }
    return Optional.empty();
  }
}
