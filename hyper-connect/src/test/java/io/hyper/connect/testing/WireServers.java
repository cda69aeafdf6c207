package io.hyper.connect.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * An HTTP and an HTTPS {@link RecordingServer}, started together for a test class.
 *
 * @param http the plain server (self-hosted targets)
 * @param https the TLS server (cloud targets)
 */
public record WireServers(RecordingServer http, RecordingServer https) implements AutoCloseable {

  /**
   * Starts both servers.
   *
   * @return the servers
   */
  public static WireServers start() {
    return new WireServers(RecordingServer.start(), RecordingServer.startHttps(TestTls.server()));
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
    http.drain();
    https.drain();
  }

  @Override
  public void close() {
    http.close();
    https.close();
  }
}
