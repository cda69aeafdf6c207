package io.hyper.local.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of the S3 server, so that a test can take S3 away from a running
 * hyper-local: {@link #close()} refuses new connections and cuts the open ones.
 */
final class TcpRelay implements AutoCloseable {
  private final ServerSocket server;
  private final InetSocketAddress target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  private TcpRelay(ServerSocket server, InetSocketAddress target) {
    this.server = server;
    this.target = target;
  }

  /** Starts relaying a new loopback port to {@code host:port}. */
  static TcpRelay to(String host, int port) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    TcpRelay relay = new TcpRelay(server, new InetSocketAddress(host, port));
    Thread accept = new Thread(relay::accept, "tcp-relay");
    accept.setDaemon(true);
    accept.start();
    return relay;
  }

  /** The relay's port on 127.0.0.1. */
  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket();
        upstream.connect(target, 5000);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // closed, or the target refused: the client sees its connection dropped
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-relay-pump");
    pump.setDaemon(true);
    pump.start();
  }

  /** Stops listening and cuts every relayed connection. */
  @Override
  public void close() {
    closeQuietly(server);
    open.forEach(TcpRelay::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // closing anyway
    }
  }
}
