package io.hyper.local.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback in front of the real Redis, which a test can cut: every connection
 * through it is closed and new ones are refused until it is {@linkplain #restore() restored}. It
 * stands for Redis going away (or a network between) without stopping the shared server.
 */
final class CuttableProxy implements AutoCloseable {
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final int port;
  private volatile ServerSocket server;

  /** A proxy to {@code host:port}, listening on a free loopback port. */
  CuttableProxy(String host, int targetPort) throws IOException {
    this.target = new InetSocketAddress(host, targetPort);
    ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.port = first.getLocalPort();
    listen(first);
  }

  /** The port to connect to. */
  int port() {
    return port;
  }

  /** Closes every connection and stops listening: connecting is refused from now on. */
  synchronized void cut() throws IOException {
    server.close();
    for (Socket s : List.copyOf(open)) {
      close(s);
    }
  }

  /** Listens again on the same port. */
  synchronized void restore() throws IOException {
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    listen(again);
  }

  private void listen(ServerSocket socket) {
    server = socket;
    Thread accept =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  Socket upstream = new Socket(target.getAddress(), target.getPort());
                  if (!admit(socket, client, upstream)) {
                    return;
                  }
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException e) {
                  // closed by cut() or close()
                }
              }
            },
            "proxy-accept");
    accept.setDaemon(true);
    accept.start();
  }

  /**
   * Registers a connection unless {@code listener} was cut meanwhile (then closes it): under the
   * same lock as {@link #cut()}, so no connection accepted just before a cut survives it.
   */
  private synchronized boolean admit(ServerSocket listener, Socket client, Socket upstream) {
    if (listener.isClosed()) {
      close(client);
      close(upstream);
      return false;
    }
    open.add(client);
    open.add(upstream);
    return true;
  }

  private void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                close(from);
                close(to);
              }
            },
            "proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private void close(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
