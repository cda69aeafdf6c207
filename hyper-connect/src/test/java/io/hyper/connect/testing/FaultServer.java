package io.hyper.connect.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scripted HTTP/1.1 server on raw sockets, for fault tests (after OkHttp's MockWebServer {@code
 * SocketPolicy}): each request gets the next scripted {@link Policy} (or the fallback) that can
 * drop the connection before the answer, inside the headers or inside the body, answer slowly,
 * stall the body, read the request body slowly or never. It counts requests and connections, and
 * records when a client closed a connection the server was holding.
 */
public final class FaultServer implements AutoCloseable {

  /** What the server does with one request. */
  public enum Kind {
    /** Reads the request and answers it. */
    ANSWER,
    /** Reads the request and closes the connection without a byte of answer. */
    DROP_BEFORE_ANSWER,
    /** Reads the request, sends part of the status line and headers, closes. */
    DROP_MID_HEADERS,
    /** Reads the request, sends the headers and part of the body, closes. */
    DROP_MID_BODY,
    /** Reads the request, waits, then answers. */
    ANSWER_SLOWLY,
    /** Reads the request, sends the headers and part of the body, then holds the connection. */
    STALL_BODY,
    /** Reads the request and holds the connection without answering until the client closes it. */
    HOLD,
    /** Reads the request body a few bytes at a time with pauses, then answers. */
    READ_BODY_SLOWLY,
    /**
     * Reads the request head and not its body for the policy's delay, then discards what comes
     * until the client closes.
     */
    NEVER_READ_BODY
  }

  /**
   * One scripted behaviour.
   *
   * @param kind what happens
   * @param status the status of an answer
   * @param body the body of an answer
   * @param delay how long {@link Kind#ANSWER_SLOWLY} waits, or the pause of {@link
   *     Kind#READ_BODY_SLOWLY} between reads
   */
  public record Policy(Kind kind, int status, String body, Duration delay) {
    /**
     * Answers with JSON.
     *
     * @param status the status
     * @param json the body
     * @return the policy
     */
    public static Policy answer(int status, String json) {
      return new Policy(Kind.ANSWER, status, json, Duration.ZERO);
    }

    /**
     * Applies a fault that needs no parameters, answering {@code 200 {"ok":true}} where it answers.
     *
     * @param kind the fault
     * @return the policy
     */
    public static Policy of(Kind kind) {
      return new Policy(kind, 200, "{\"ok\":true}", Duration.ofMillis(100));
    }

    /**
     * Returns this policy with another delay.
     *
     * @param delay the delay
     * @return the policy
     */
    public Policy after(Duration delay) {
      return new Policy(kind, status, body, delay);
    }

    /**
     * Returns this policy with another answer.
     *
     * @param status the status
     * @param json the body
     * @return the policy
     */
    public Policy answering(int status, String json) {
      return new Policy(kind, status, json, delay);
    }
  }

  private final ServerSocket socket;
  private final ConcurrentLinkedQueue<Policy> script = new ConcurrentLinkedQueue<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong lastClientClose = new AtomicLong();
  private final AtomicInteger clientCloses = new AtomicInteger();
  private volatile String lastRequestLine;
  private volatile Policy fallback = Policy.answer(200, "{\"ok\":true}");
  private volatile boolean closed;

  private FaultServer(ServerSocket socket) {
    this.socket = socket;
    Thread acceptor = new Thread(this::accept, "fault-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server on 127.0.0.1 and a free port.
   *
   * @return the server
   */
  public static FaultServer start() {
    try {
      return new FaultServer(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the base URL, e.g. {@code http://127.0.0.1:54321}.
   *
   * @return the URL
   */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * Adds policies for the next requests, in order.
   *
   * @param policies the policies
   * @return this server
   */
  public FaultServer enqueue(Policy... policies) {
    script.addAll(java.util.List.of(policies));
    return this;
  }

  /**
   * Sets the policy for requests beyond the script.
   *
   * @param policy the policy
   * @return this server
   */
  public FaultServer fallback(Policy policy) {
    this.fallback = policy;
    return this;
  }

  /**
   * Returns how many requests arrived (their head was read).
   *
   * @return the count
   */
  public int requests() {
    return requests.get();
  }

  /**
   * Returns the request line of the last request, e.g. {@code GET /data/test/1 HTTP/1.1}.
   *
   * @return the line, or {@code null} before the first request
   */
  public String lastRequestLine() {
    return lastRequestLine;
  }

  /**
   * Returns how many connections were accepted.
   *
   * @return the count
   */
  public int connections() {
    return connections.get();
  }

  /**
   * Returns how many connections are open now.
   *
   * @return the count
   */
  public int openConnections() {
    return open.size();
  }

  /**
   * Returns how many held connections the client closed.
   *
   * @return the count
   */
  public int clientCloses() {
    return clientCloses.get();
  }

  /**
   * Returns when the client last closed a held connection ({@link System#nanoTime()}), or 0.
   *
   * @return the time
   */
  public long lastClientCloseNanos() {
    return lastClientClose.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        connections.incrementAndGet();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "fault-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (!closed) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        lastRequestLine = head.substring(0, head.indexOf('\r'));
        requests.incrementAndGet();
        Policy policy = script.poll();
        if (policy == null) {
          policy = fallback;
        }
        if (policy.kind() == Kind.NEVER_READ_BODY) {
          sleep(policy.delay()); // not a byte of the body read meanwhile
          holdUntilClientCloses(in, s);
          return;
        }
        readBody(head, in, policy);
        if (!act(policy, in, out, s)) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away; nothing to do.
    } finally {
      open.remove(s);
    }
  }

  /** Applies a policy after the request was read; returns whether the connection stays open. */
  private boolean act(Policy policy, InputStream in, OutputStream out, Socket s)
      throws IOException {
    byte[] body = policy.body().getBytes(StandardCharsets.UTF_8);
    String headers =
        "HTTP/1.1 "
            + policy.status()
            + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    switch (policy.kind()) {
      case DROP_BEFORE_ANSWER -> {
        return false;
      }
      case DROP_MID_HEADERS -> {
        out.write("HTTP/1.1 200 OK\r\nContent-Ty".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return false;
      }
      case DROP_MID_BODY, STALL_BODY -> {
        String partial =
            "HTTP/1.1 "
                + policy.status()
                + " X\r\nContent-Type: application/json\r\nContent-Length: "
                + (body.length + 100)
                + "\r\n\r\n";
        out.write(partial.getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, Math.min(body.length, 3));
        out.flush();
        if (policy.kind() == Kind.STALL_BODY) {
          holdUntilClientCloses(in, s);
        }
        return false;
      }
      case HOLD -> {
        holdUntilClientCloses(in, s);
        return false;
      }
      case ANSWER_SLOWLY -> sleep(policy.delay());
      default -> {
        // ANSWER, READ_BODY_SLOWLY: answer now.
      }
    }
    out.write(headers.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return true;
  }

  private void holdUntilClientCloses(InputStream in, Socket s) throws IOException {
    byte[] buffer = new byte[8192];
    try {
      while (in.read(buffer) >= 0) {
        // Discard until the client closes.
      }
    } catch (IOException e) {
      // A reset counts as a close too.
    }
    lastClientClose.set(System.nanoTime());
    clientCloses.incrementAndGet();
    s.close();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        return null;
      }
      head.write(c);
      state =
          (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
              ? state + 1
              : (c == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static void readBody(String head, InputStream in, Policy policy) throws IOException {
    String lower = head.toLowerCase(Locale.ROOT);
    boolean slow = policy.kind() == Kind.READ_BODY_SLOWLY;
    int at = lower.indexOf("content-length:");
    if (at >= 0) {
      long length = Long.parseLong(lower.substring(at + 15, lower.indexOf('\r', at)).strip());
      skip(in, length, slow, policy.delay());
    } else if (lower.contains("transfer-encoding: chunked")) {
      while (true) {
        String line = readLine(in);
        long size = Long.parseLong(line.split(";")[0].strip(), 16);
        skip(in, size, slow, policy.delay());
        readLine(in);
        if (size == 0) {
          return;
        }
      }
    }
  }

  private static void skip(InputStream in, long n, boolean slow, Duration pause)
      throws IOException {
    byte[] buffer = new byte[slow ? 65536 : 8192];
    long left = n;
    while (left > 0) {
      int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (r < 0) {
        throw new IOException("body cut short");
      }
      left -= r;
      if (slow && left > 0) {
        sleep(pause);
      }
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops accepting and closes every open connection. */
  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
  }
}
