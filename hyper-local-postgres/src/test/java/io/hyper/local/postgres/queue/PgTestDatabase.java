package io.hyper.local.postgres.queue;

import io.hyper.local.LocalConfig;
import io.hyper.local.engine.EngineUrl;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The PostgreSQL server the tests use ({@code HYPER_TEST_POSTGRES}, default the one {@code
 * scripts/engines start postgres} brings up), and a fresh schema per test so that runs sharing the
 * server never see each other's queues.
 */
final class PgTestDatabase {
  private static final String DEFAULT = "postgres://hyper:hyper@127.0.0.1:5432/hyper";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PgTestDatabase() {}

  /** The server's URL, without parameters. */
  static String url() {
    String env = System.getenv("HYPER_TEST_POSTGRES");
    return env == null || env.isBlank() ? DEFAULT : env;
  }

  /** The engine URL of {@code schema} on the server, with a pool of {@code pool} connections. */
  static String url(String schema, int pool) {
    return url() + "?schema=" + schema + "&pool=" + pool;
  }

  /** A job store on {@code schema}, as {@code --queue} would open it. */
  static PgJobStore openStore(String schema, int pool) {
    LocalConfig config =
        new LocalConfig(
            Optional.empty(),
            Clock.systemUTC(),
            new byte[32],
            Optional.empty(),
            3,
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    return (PgJobStore) new PgQueueFactory().open(EngineUrl.parse(url(schema, pool)), config);
  }

  /** A new schema name, random per call: {@code hq_<prefix>_<hex>}. */
  static String newSchema(String prefix) {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return "hq_" + prefix + "_" + HexFormat.of().formatHex(bytes);
  }

  /**
   * A plain JDBC connection to the server, for setup and inspection.
   *
   * @throws AssertionError naming {@code scripts/engines start postgres} when it is unreachable
   */
  static Connection connect() {
    URI uri = URI.create(url());
    String[] user = uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
    String jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
            + uri.getPath();
    try {
      return DriverManager.getConnection(
          jdbc, user.length > 0 ? user[0] : null, user.length > 1 ? user[1] : null);
    } catch (SQLException e) {
      throw new AssertionError(
          "PostgreSQL is not reachable at "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + " (HYPER_TEST_POSTGRES); start it with: scripts/engines start postgres",
          e);
    }
  }

  /** Drops {@code schema} and everything in it. */
  static void drop(String schema) {
    try (Connection db = connect();
        Statement s = db.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new AssertionError("could not drop test schema " + schema, e);
    }
  }

  /**
   * How many sessions of queue pools that this JVM opened since {@code since} are open (other users
   * of the server are never counted: sessions are matched by this process's sockets).
   */
  static int queueSessions(Instant since) {
    return ownQueueSessions(since, "count(*)");
  }

  /**
   * Ends, as {@code pg_terminate_backend}, the sessions of queue pools that this JVM opened since
   * {@code since}; other users of the server keep theirs.
   *
   * @return how many sessions were ended
   */
  static int terminateQueueSessions(Instant since) {
    return ownQueueSessions(since, "count(*) FILTER (WHERE pg_terminate_backend(pid))");
  }

  private static int ownQueueSessions(Instant since, String aggregate) {
    int serverPort = URI.create(url()).getPort() > 0 ? URI.create(url()).getPort() : 5432;
    try (Connection db = connect();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT "
                    + aggregate
                    + " FROM pg_stat_activity WHERE application_name = 'hyper-local queue'"
                    + " AND backend_start >= ? AND client_port = ANY (?)"
                    + " AND pid <> pg_backend_pid()")) {
      s.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
      s.setArray(
          2, db.createArrayOf("int4", OwnSockets.localPortsTo(serverPort).toArray(Integer[]::new)));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new AssertionError("could not read the queue's sessions", e);
    }
  }
}
