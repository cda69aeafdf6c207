package io.hyper.connect.testing;

import io.hyper.connect.Hyper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * An HTTP and an HTTPS {@link RecordingServer}, started together for a test class.
 *
 * @param http the plain server (self-hosted targets)
 * @param https the TLS server (cloud targets)
 * @param connections one connection per target, made on first use
 */
public record WireServers(
    RecordingServer http, RecordingServer https, Map<Target, Hyper> connections)
    implements AutoCloseable {

  /**
   * Starts both servers.
   *
   * @return the servers
   */
  public static WireServers start() {
    return new WireServers(
        RecordingServer.start(),
        RecordingServer.startHttps(TestTls.server()),
        new ConcurrentHashMap<>());
  }

  /**
   * Returns the connection to a target, made once per test class so connections (and TLS sessions)
   * are reused the way an application reuses them.
   *
   * @param target the target
   * @return the connection
   */
  public Hyper hyper(Target target) {
    return connections.computeIfAbsent(target, t -> t.connect(this));
  }

  /**
   * Returns every (mode, target) pair, for {@code @MethodSource}.
   *
   * @return the arguments
   */
  public static Stream<Arguments> modesAndTargets() {
    List<Arguments> out = new ArrayList<>();
    for (Target target : Target.values()) {
      for (Mode mode : Mode.values()) {
        out.add(Arguments.of(mode, target));
      }
    }
    return out.stream();
  }

  /** Forgets recorded requests and scripted answers left over from a previous test. */
  public void reset() {
    http.reset();
    https.reset();
  }

  @Override
  public void close() {
    http.close();
    https.close();
  }
}
