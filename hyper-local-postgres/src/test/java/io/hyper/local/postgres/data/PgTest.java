package io.hyper.local.postgres.data;

import io.hyper.local.engine.EngineUrl;
import io.hyper.local.postgres.PgPool;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The PostgreSQL the tests use ({@code HYPER_TEST_POSTGRES}, by default the one {@code
 * scripts/engines start postgres} runs) and a schema of their own: each test class takes a random
 * schema, so runs and helpers sharing the server never see each other's tables, and drops it.
 */
final class PgTest {
  /** The server's URL, without a schema. */
  static final String URL =
      System.getenv()
          .getOrDefault("HYPER_TEST_POSTGRES", "postgres://hyper:hyper@127.0.0.1:5432/hyper");

  private static final SecureRandom RANDOM = new SecureRandom();

  private PgTest() {}

  /** A fresh schema name, {@code hyper_test_<random>}. */
  static String schema() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return "hyper_test_" + HexFormat.of().formatHex(bytes);
  }

  /** The engine URL for {@code schema}. */
  static String url(String schema) {
    return URL + (URL.contains("?") ? "&" : "?") + "schema=" + schema;
  }

  /** A store in {@code schema}; its pool's connections say {@code hyper-local <name>}. */
  static PostgresDataStore store(String schema, String name) {
    return store(schema, name, Duration.ofSeconds(30));
  }

  /** A store in {@code schema} whose reads each have {@code readBudget}. */
  static PostgresDataStore store(String schema, String name, Duration readBudget) {
    requireServer();
    return PostgresDataStore.open(PgPool.open(EngineUrl.parse(url(schema)), name), readBudget);
  }

  /** A plain connection to the server, outside any pool (for setup, checks and faults). */
  static Connection connect() throws SQLException {
    URI uri = URI.create(URL);
    String userInfo = uri.getRawUserInfo();
    String user = userInfo == null ? null : decode(userInfo.split(":", 2)[0]);
    String password =
        userInfo == null || !userInfo.contains(":") ? null : decode(userInfo.split(":", 2)[1]);
    String jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
            + uri.getRawPath();
    return DriverManager.getConnection(jdbc, user, password);
  }

  /**
   * Fails (never skips) when the server is not there, saying how to start it.
   *
   * @throws AssertionError naming {@code scripts/engines start postgres}
   */
  static void requireServer() {
    try (Connection c = connect()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new AssertionError(
          "PostgreSQL is not reachable at "
              + EngineUrl.parse(URL)
              + " (set HYPER_TEST_POSTGRES, or start it with: scripts/engines start postgres)",
          e);
    }
  }

  /** Drops {@code schema} and everything in it. */
  static void dropSchema(String schema) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new AssertionError("could not drop the test schema " + schema, e);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
