package io.hyper.local.adapter.sqlite;

import io.hyper.local.core.Deadline;
import io.hyper.local.core.Json;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryExecution;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.Scoped;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * hyper's data service on SQLite: one SQLite database (a file, or memory), one table per hyper
 * database.
 *
 * <p>Each hyper database gets a table {@code docs_<n>(id TEXT UNIQUE, doc TEXT)} holding documents
 * as JSON text; the catalog {@code hyper_databases} maps names (any string) to {@code n}, so table
 * names never depend on user input. A table per database (rather than one table with a database
 * column) keeps each database's id index and expression indexes to its own rows, and makes {@code
 * destroy} a {@code DROP TABLE}. Rows keep insertion order ({@code rowid}), the order of an
 * unsorted query. See {@link Connections} for durability and concurrency.
 */
public final class SqliteDataStore implements DataPort {
  /**
   * The time budget of one read ({@code get}, {@code list}, {@code query}) when none is given: the
   * wait for a reader and the work together. Past it the read stops and answers 503.
   */
  public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(10);

  private final Connections connections;
  private final Duration readBudget;

  /** Database name to table number; changed only under the write lock, after a commit. */
  private final Map<String, Long> databases = new ConcurrentHashMap<>();

  private SqliteDataStore(Connections connections, Duration readBudget) throws SQLException {
    this.connections = connections;
    this.readBudget = readBudget;
    connections.write(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE IF NOT EXISTS hyper_databases("
                    + "id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE)");
            s.execute(
                "CREATE TABLE IF NOT EXISTS hyper_indexes("
                    + "id INTEGER PRIMARY KEY AUTOINCREMENT, db_id INTEGER NOT NULL,"
                    + " name TEXT NOT NULL, definition TEXT NOT NULL, UNIQUE(db_id, name))");
            try (ResultSet rows = s.executeQuery("SELECT name, id FROM hyper_databases")) {
              while (rows.next()) {
                databases.put(rows.getString(1), rows.getLong(2));
              }
            }
          }
          return null;
        });
  }

  /**
   * Opens the store in {@code file} (created if missing), in WAL mode with {@code
   * synchronous=FULL}.
   *
   * @throws SqliteException when the file cannot be opened as a SQLite database
   */
  public static SqliteDataStore open(Path file) {
    return open(file, DEFAULT_READ_BUDGET);
  }

  /**
   * Opens the store in {@code file} with a time budget for each read.
   *
   * @throws SqliteException when the file cannot be opened as a SQLite database
   */
  public static SqliteDataStore open(Path file, Duration readBudget) {
    try {
      return new SqliteDataStore(Connections.file(file), readBudget);
    } catch (SQLException e) {
      throw new SqliteException("opening " + file, e);
    }
  }

  /** Opens a store that lives in memory and is gone when closed. */
  public static SqliteDataStore inMemory() {
    return inMemory(DEFAULT_READ_BUDGET);
  }

  /** Opens a store that lives in memory, with a time budget for each read. */
  public static SqliteDataStore inMemory(Duration readBudget) {
    try {
      return new SqliteDataStore(Connections.memory(), readBudget);
    } catch (SQLException e) {
      throw new SqliteException("opening an in-memory database", e);
    }
  }

  @Override
  public boolean create(String db) {
    return write(
            "create",
            c -> {
              if (databases.containsKey(db)) {
                return null;
              }
              long id;
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO hyper_databases(name) VALUES (?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, db);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                  key.next();
                  id = key.getLong(1);
                }
              }
              try (Statement ddl = c.createStatement()) {
                ddl.execute(
                    "CREATE TABLE " + table(id) + "(id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)");
              }
              return id;
            },
            id -> {
              if (id != null) {
                databases.put(db, id);
              }
            })
        != null;
  }

  @Override
  public boolean destroy(String db) {
    return write(
            "destroy",
            c -> {
              Long id = databases.get(db);
              if (id == null) {
                return null;
              }
              update(c, "DELETE FROM hyper_indexes WHERE db_id = ?", id);
              update(c, "DELETE FROM hyper_databases WHERE id = ?", id);
              try (Statement ddl = c.createStatement()) {
                ddl.execute("DROP TABLE " + table(id));
              }
              return id;
            },
            id -> {
              if (id != null) {
                databases.remove(db);
              }
            })
        != null;
  }

  @Override
  public AddOutcome add(String db, String id, ObjectNode doc) {
    return NoDatabase.scoped(
            () ->
                write(
                    "add",
                    c ->
                        update(
                                c,
                                "INSERT INTO "
                                    + table(db)
                                    + "(id, doc) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
                                id,
                                Json.MAPPER.writeValueAsString(doc))
                            == 1))
        .map(added -> added ? AddOutcome.ADDED : AddOutcome.KEY_EXISTS)
        .orElse(AddOutcome.NO_CONTAINER);
  }

  @Override
  public Scoped<Optional<ObjectNode>> get(String db, String id) {
    return read(
        "get",
        db,
        Connections.Read.POINT,
        (c, table, deadline) -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT doc FROM " + table + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(Reads.parse(row.getString(1))) : Optional.empty();
            }
          }
        });
  }

  @Override
  public boolean put(String db, String id, ObjectNode doc) {
    return !NoDatabase.scoped(() -> write("update", c -> upsert(c, table(db), id, doc)))
        .isMissing();
  }

  @Override
  public Scoped<Boolean> remove(String db, String id) {
    return NoDatabase.scoped(
        () ->
            write("remove", c -> update(c, "DELETE FROM " + table(db) + " WHERE id = ?", id) == 1));
  }

  @Override
  public Scoped<List<ObjectNode>> list(String db, ListOptions options) {
    return read(
        "list",
        db,
        Connections.Read.SCAN,
        (c, table, deadline) -> Reads.list(c, table, options, deadline));
  }

  @Override
  public boolean query(String db, QueryExecution execution) {
    return !read(
            "query",
            db,
            Connections.Read.SCAN,
            (c, table, deadline) -> {
              Reads.query(c, table, execution, deadline);
              return Boolean.TRUE;
            })
        .isMissing();
  }

  /** Runs a query to its page, as the core would; for tests of this engine. */
  List<ObjectNode> query(String db, QueryOptions query) {
    QueryExecution execution = new QueryExecution(query);
    if (!query(db, execution)) {
      throw new IllegalArgumentException("no database " + db);
    }
    return execution.result();
  }

  @Override
  public Scoped<IndexOutcome> index(String db, IndexSpec index) {
    return NoDatabase.scoped(
        () ->
            write(
                "index",
                c -> {
                  long id = id(db);
                  return Indexes.create(c, id, table(id), index);
                }));
  }

  @Override
  public List<String> databases() {
    return databases.keySet().stream().sorted().toList();
  }

  @Override
  public Scoped<Long> count(String db) {
    return read(
        "count",
        db,
        Connections.Read.POINT,
        (c, table, deadline) -> {
          try (Statement s = c.createStatement();
              ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  @Override
  public Scoped<List<IndexSpec>> indexes(String db) {
    Long id = databases.get(db);
    if (id == null) {
      return Scoped.missing();
    }
    return read("indexes", db, Connections.Read.POINT, (c, table, deadline) -> Indexes.of(c, id));
  }

  @Override
  public boolean bulk(String db, List<BulkOp> ops) {
    return !NoDatabase.scoped(
            () ->
                write(
                    "bulk",
                    c -> {
                      String table = table(db);
                      for (BulkOp op : ops) {
                        if (op.delete()) {
                          update(c, "DELETE FROM " + table + " WHERE id = ?", op.id());
                        } else {
                          upsert(c, table, op.id(), op.doc());
                        }
                      }
                      return Boolean.TRUE;
                    }))
        .isMissing();
  }

  @Override
  public void close() {
    try {
      connections.close();
    } catch (SQLException e) {
      throw new SqliteException("closing", e);
    }
  }

  /**
   * Caps the database file at its current size plus {@code spare} pages ({@code PRAGMA
   * max_page_count}), so that SQLite answers the next larger write with a real {@code SQLITE_FULL},
   * as on a full disk; {@code Long.MAX_VALUE} lifts the cap. For tests of the disk-full path.
   */
  void limitPages(long spare) {
    write(
        "limit pages",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet pages = s.executeQuery("PRAGMA page_count")) {
            pages.next();
            long max = spare == Long.MAX_VALUE ? 1_073_741_823L : pages.getLong(1) + spare;
            s.execute("PRAGMA max_page_count = " + max);
          }
          return null;
        });
  }

  /** The SQL of the last plan SQLite chose for {@code query}, one line per step (for tests). */
  List<String> explain(String db, QueryOptions query) {
    return read(
            "explain",
            db,
            Connections.Read.POINT,
            (c, table, deadline) -> Reads.explain(c, table, query))
        .value();
  }

  private static Boolean upsert(Connection c, String table, String id, ObjectNode doc)
      throws SQLException {
    update(
        c,
        "INSERT INTO "
            + table
            + "(id, doc) VALUES (?, ?)"
            + " ON CONFLICT(id) DO UPDATE SET doc = excluded.doc",
        id,
        Json.MAPPER.writeValueAsString(doc));
    return Boolean.TRUE;
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      return statement.executeUpdate();
    }
  }

  private long id(String db) {
    Long id = databases.get(db);
    if (id == null) {
      throw NoDatabase.INSTANCE;
    }
    return id;
  }

  private String table(String db) {
    return table(id(db));
  }

  private static String table(long id) {
    return "docs_" + id;
  }

  private <T> T write(String doing, Connections.Work<T> work) {
    return write(doing, work, result -> {});
  }

  private <T> T write(String doing, Connections.Work<T> work, Consumer<T> committed) {
    try {
      return connections.write(work, committed);
    } catch (SQLException e) {
      throw ServerFaults.diskFullOr(doing, e, new SqliteException(doing, e));
    }
  }

  /** Work on a reader with the table of {@code db}, within a deadline. */
  private interface TableWork<T> {
    T run(Connection c, String table, Deadline deadline) throws SQLException;
  }

  /**
   * Reads from the table of {@code db}: missing when it does not exist, or went during the read.
   */
  private <T> Scoped<T> read(String doing, String db, Connections.Read kind, TableWork<T> work) {
    Long id = databases.get(db);
    if (id == null) {
      return Scoped.missing();
    }
    String table = table(id);
    Deadline deadline = Deadline.after(readBudget, doing);
    try {
      return Scoped.of(connections.read(kind, deadline, c -> work.run(c, table, deadline)));
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("no such table")) {
        return Scoped.missing();
      }
      throw ServerFaults.diskFullOr(doing, e, new SqliteException(doing, e));
    }
  }
}
