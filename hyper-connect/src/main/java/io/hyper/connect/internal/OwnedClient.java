package io.hyper.connect.internal;

import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The {@link HttpClient} and executor a transport sends with, and which of them it made and so must
 * release on close: what the application passed in is never closed.
 *
 * <p>Releasing on Java 17: the executor this class made is shut down at once, so its threads end;
 * {@code HttpClient} has no {@code close()} there, and its selector thread ends by itself once the
 * client is no longer reachable and has been garbage-collected (the JDK checks every few seconds),
 * which the transport allows by dropping its reference. On Java 21+ {@code
 * HttpClient.shutdownNow()} exists and is called, found by reflection: this jar is compiled for
 * Java 17, and one looked-up method is simpler than a multi-release jar for a single call.
 *
 * @param client the client to send with
 * @param executor the executor async calls run on
 * @param ownedClient whether the client was made here
 * @param ownedExecutor the executor made here, or {@code null}
 */
public record OwnedClient(
    HttpClient client, Executor executor, boolean ownedClient, ExecutorService ownedExecutor)
    implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /**
   * Makes what the application did not pass in.
   *
   * @param client the application's client, or {@code null} to make one
   * @param executor the application's executor, or {@code null} to make one
   * @param connectTimeout the connect timeout of a client made here
   * @param sslContext the TLS context of a client made here, or {@code null} for the default
   * @return the client and executor
   */
  public static OwnedClient create(
      HttpClient client, Executor executor, Duration connectTimeout, SSLContext sslContext) {
    ExecutorService made = null;
    Executor sends = executor;
    if (sends == null) {
      made = cachedDaemonPool();
      sends = made;
    }
    if (client != null) {
      return new OwnedClient(client, sends, false, made);
    }
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(sends);
    if (sslContext != null) {
      http.sslContext(sslContext);
    }
    return new OwnedClient(http.build(), sends, true, made);
  }

  private static ExecutorService cachedDaemonPool() {
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        60,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "hyper-connect-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Shuts down what was made here: the executor at once, the client where the JDK can (21+). */
  @Override
  public void close() {
    if (ownedClient) {
      shutdownNow(client);
    }
    if (ownedExecutor != null) {
      ownedExecutor.shutdownNow();
    }
  }

  private static void shutdownNow(HttpClient client) {
    try {
      Method shutdownNow = HttpClient.class.getMethod("shutdownNow");
      shutdownNow.invoke(client);
    } catch (NoSuchMethodException e) {
      // Java 17-20: no way to shut a client down; it is released when collected.
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.getLogger("io.hyper.connect")
          .log(System.Logger.Level.DEBUG, () -> "HttpClient.shutdownNow() failed: " + e);
    }
  }
}
