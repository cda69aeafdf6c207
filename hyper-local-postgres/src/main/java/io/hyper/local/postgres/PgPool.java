package io.hyper.local.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hyper.local.engine.EngineUrl;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A connection pool to one PostgreSQL database and schema, from an engine URL: {@code
 * postgres://user:password@host:5432/database?schema=hyper&pool=10}. Every table the engines make
 * lives in {@code schema} (default {@code hyper}, created if missing), so one database can hold
 * several hyper-locals' data side by side, and every instance given the same URL shares it.
 */
public final class PgPool implements AutoCloseable {
  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final HikariDataSource pool;
  private final String schema;

  private PgPool(HikariDataSource pool, String schema) {
    this.pool = pool;
    this.schema = schema;
  }

  /**
   * Opens a pool for a {@code postgres:} or {@code postgresql:} URL and creates its schema.
   *
   * @param name what the pool serves ({@code data}, {@code queue}): it names the pool's threads
   * @throws IllegalArgumentException for a URL without a host or database, or a bad parameter; the
   *     message never holds the password
   */
  public static PgPool open(EngineUrl url, String name) {
    URI uri = url.uri();
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new IllegalArgumentException(
          "a postgres: engine URL names a host and a database: postgres://user:pass@host:5432/db"
              + " (was "
              + url
              + ")");
    }
    Map<String, String> params = query(uri.getRawQuery());
    String schema = params.getOrDefault("schema", "hyper");
    if (!SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "the schema of a postgres: engine URL is lower-case letters, digits and _ (was "
              + schema
              + ")");
    }
    int size = integer(params.getOrDefault("pool", "10"), "pool");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
            + uri.getRawPath());
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      config.setUsername(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        config.setPassword(decode(userInfo.substring(colon + 1)));
      }
    }
    config.setMaximumPoolSize(size);
    // A fleet of instances on one server: each holds one idle connection, opens more under load
    // (up to pool) and closes them after a minute idle, so 3 instances × 2 engines do not pin 60
    // of PostgreSQL's 100 default connections while idle.
    config.setMinimumIdle(1);
    config.setIdleTimeout(60_000);
    config.setPoolName("hyper-postgres-" + name);
    config.setSchema(schema);
    config.addDataSourceProperty("ApplicationName", "hyper-local " + name);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    // Fail fast with a clear message when the server is not there, instead of a minute's wait.
    config.setInitializationFailTimeout(10_000);
    config.setConnectionTimeout(10_000);
    // Instances starting at once on a new schema race to create it; the loser's unique-key
    // violation means it exists, which is all that was asked.
    config.setConnectionInitSql(
        "DO $$ BEGIN CREATE SCHEMA IF NOT EXISTS "
            + schema
            + "; EXCEPTION WHEN unique_violation OR duplicate_schema THEN NULL; END $$");
    return new PgPool(new HikariDataSource(config), schema);
  }

  /** The pool's connections; each is in {@link #schema()} already. */
  public DataSource dataSource() {
    return pool;
  }

  /** The schema every table lives in. */
  public String schema() {
    return schema;
  }

  /** Closes every connection. */
  @Override
  public void close() {
    pool.close();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (!key.equals("schema") && !key.equals("pool")) {
        throw new IllegalArgumentException(
            "a postgres: engine URL takes the parameters schema and pool (was " + key + ")");
      }
      params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return params;
  }

  private static int integer(String text, String name) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= 1000) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "the " + name + " of a postgres: engine URL is a number from 1 to 1000 (was " + text + ")");
  }

  /** Percent-decodes; a {@code +} stays a plus (it is not a space outside form data). */
  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
