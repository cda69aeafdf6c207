package io.hyper.connect.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The base of the wire tests: one set of recording servers per class, reset before each test, and
 * every test run in each {@link Mode} against each {@link Target} ({@code @MethodSource("cases")}).
 */
public abstract class WireTest {
  /** The recording servers of the running test class. */
  protected static WireServers servers;

  @BeforeAll
  static void startServers() {
    servers = WireServers.start();
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  @BeforeEach
  void resetServers() {
    servers.reset();
  }

  /**
   * Every mode (sync, async) with every target (connection-string form).
   *
   * @return the arguments of a parameterized wire test
   */
  protected static Stream<Arguments> cases() {
    return WireServers.modesAndTargets();
  }

  /**
   * Takes the next request the target's server recorded; see {@link Wire#take}.
   *
   * @param target the target the request went to
   * @param method the expected HTTP method
   * @param pathAndQuery the expected raw path plus {@code ?query}
   * @return the request, for more assertions
   */
  protected static RecordedRequest take(Target target, String method, String pathAndQuery) {
    return Wire.take(servers, target, method, pathAndQuery);
  }
}
