package io.hyper.local.postgres.data;

import io.hyper.local.core.Json;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.IndexSpec;
import io.hyper.local.core.data.ListOptions;
import io.hyper.local.core.data.QueryExecution;
import io.hyper.local.core.data.QueryOptions;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.Scoped;
import io.hyper.local.postgres.PgPool;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * hyper's data service on PostgreSQL: a registry of databases ({@code data_databases}) and one
 * table per hyper database, {@code data_<n>(id, seq, raw, doc)}.
 *
 * <p>{@code raw} is the document as the core serialised it, returned as it was given (key order,
 * number spelling); {@code doc} is its JSONB for queries and indexes, in {@link PgJson}'s compared
 * form. {@code seq} is the order documents were first stored in (a replace keeps it), the order of
 * an unsorted query and of ties. A table per database, rather than one table keyed by (db, id),
 * because {@code _index} must be real indexes on one database's documents: in a shared table they
 * would be partial indexes that every write and every plan of every database pays for, and whose
 * build scans all databases under a lock that stops their writes. Table names come from the
 * registry's ids, never from user input.
 *
 * <p>Nothing is cached: every call finds its database in the registry, so any number of instances
 * on one URL agree. Writes lock the registry row ({@code FOR SHARE}), so a {@code destroy} from
 * another instance waits for them or they see the database gone; reads that meet a dropped table
 * answer "missing". Every call is one transaction ({@link PgCalls}); the tables are {@link
 * PgTables}'.
 */
public final class PostgresDataStore implements DataPort {
  /** The time budget of one read when none is given; past it the read answers 503. */
  public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(10);

  private static final int FETCH_SIZE = 256;

  private final PgPool pool;
  private final String schema;
  private final PgCalls calls;

  private PostgresDataStore(PgPool pool, Duration readBudget) {
    this.pool = pool;
    this.schema = "\"" + pool.schema() + "\"";
    this.calls = new PgCalls(pool, schema, readBudget);
  }

  /**
   * Opens the store on {@code pool} (which it closes when closed) and creates its registry if
   * missing.
   *
   * @throws io.hyper.local.core.HyperError 503 when PostgreSQL cannot be reached
   */
  public static PostgresDataStore open(PgPool pool, Duration readBudget) {
    PostgresDataStore store = new PostgresDataStore(pool, readBudget);
    try {
      store.calls.write(
          "open the data store",
          c -> {
            PgTables.registry(c, store.schema);
            return null;
          });
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return store;
  }

  @Override
  public boolean create(String db) {
    return calls.write(
        "create",
        c -> {
          OptionalLong id;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO "
                      + schema
                      + ".data_databases(name) VALUES (?) ON CONFLICT (name) DO NOTHING"
                      + " RETURNING id")) {
            insert.setString(1, db);
            try (ResultSet row = insert.executeQuery()) {
              id = row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
          }
          if (id.isEmpty()) {
            return false;
          }
          PgTables.documents(c, schema, id.getAsLong());
          return true;
        });
  }

  @Override
  public boolean destroy(String db) {
    return calls.write(
        "destroy",
        c -> {
          OptionalLong id;
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM " + schema + ".data_databases WHERE name = ? RETURNING id")) {
            delete.setString(1, db);
            try (ResultSet row = delete.executeQuery()) {
              id = row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
          }
          if (id.isEmpty()) {
            return false;
          }
          PgTables.drop(c, schema, id.getAsLong());
          return true;
        });
  }

  @Override
  public AddOutcome add(String db, String id, ObjectNode doc) {
    return calls
        .scopedWrite(
            "add",
            db,
            "SHARE",
            (c, table) -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO "
                          + table
                          + "(id, raw, doc) VALUES (?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING")) {
                bindDoc(insert, id, doc);
                return insert.executeUpdate() == 1;
              }
            })
        .map(added -> added ? AddOutcome.ADDED : AddOutcome.KEY_EXISTS)
        .orElse(AddOutcome.NO_CONTAINER);
  }

  @Override
  public Scoped<Optional<ObjectNode>> get(String db, String id) {
    return calls.read(
        "get",
        db,
        (c, table, deadline) -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT raw FROM " + table + " WHERE id = ?")) {
            select.setString(1, PgJson.key(id));
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(parse(row.getString(1))) : Optional.empty();
            }
          }
        });
  }

  @Override
  public boolean put(String db, String id, ObjectNode doc) {
    return !calls
        .scopedWrite(
            "update",
            db,
            "SHARE",
            (c, table) -> {
              try (PreparedStatement upsert = c.prepareStatement(upsert(table))) {
                bindDoc(upsert, id, doc);
                upsert.executeUpdate();
              }
              return Boolean.TRUE;
            })
        .isMissing();
  }

  @Override
  public Scoped<Boolean> remove(String db, String id) {
    return calls.scopedWrite(
        "remove",
        db,
        "SHARE",
        (c, table) -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            delete.setString(1, PgJson.key(id));
            return delete.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Scoped<List<ObjectNode>> list(String db, ListOptions options) {
    return calls.read(
        "list",
        db,
        (c, table, deadline) -> {
          PgSql sql = new PgSql().text("SELECT raw FROM " + table + " WHERE true");
          options.startkey().ifPresent(k -> sql.text(" AND id >= ?::text").param(PgJson.key(k)));
          options.endkey().ifPresent(k -> sql.text(" AND id <= ?::text").param(PgJson.key(k)));
          options
              .keys()
              .ifPresent(
                  keys ->
                      sql.text(" AND id = ANY (?)")
                          .param(keys.stream().map(PgJson::key).toArray(String[]::new)));
          sql.text(" ORDER BY id" + (options.descending() ? " DESC" : " ASC"));
          options.limit().ifPresent(limit -> sql.text(" LIMIT ?").param(limit));
          List<ObjectNode> docs = new ArrayList<>();
          try (PreparedStatement statement = sql.prepare(c)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                deadline.check();
                docs.add(parse(rows.getString(1)));
              }
            }
          }
          return docs;
        });
  }

  @Override
  public boolean query(String db, QueryExecution execution) {
    return !calls
        .read(
            "query",
            db,
            (c, table, deadline) -> {
              PgReads.query(c, table, execution, deadline, FETCH_SIZE);
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

  /** PostgreSQL's plan for the statement {@code query} runs, one line per row (for tests). */
  List<String> explain(String db, QueryOptions query) {
    return calls
        .read("explain", db, (c, table, deadline) -> PgReads.explain(c, table, query))
        .value();
  }

  @Override
  public Scoped<IndexOutcome> index(String db, IndexSpec index) {
    // FOR UPDATE: index builds on one database take turns, so CREATE INDEX IF NOT EXISTS of the
    // shared per-field indexes never races another instance's.
    return calls.scopedWrite(
        "index",
        db,
        "UPDATE",
        (c, table) -> PgIndexes.create(c, schema, dbId(table), bare(table), index));
  }

  @Override
  public boolean bulk(String db, List<BulkOp> ops) {
    return !calls
        .scopedWrite(
            "bulk",
            db,
            "SHARE",
            (c, table) -> {
              PgBulk.apply(c, table, upsert(table), ops);
              return Boolean.TRUE;
            })
        .isMissing();
  }

  @Override
  public List<String> databases() {
    return calls.readPlain(
        "list databases",
        c -> {
          List<String> names = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rows =
                  s.executeQuery("SELECT name FROM " + schema + ".data_databases ORDER BY name")) {
            while (rows.next()) {
              names.add(rows.getString(1));
            }
          }
          return names;
        });
  }

  @Override
  public Scoped<Long> count(String db) {
    return calls.read(
        "count",
        db,
        (c, table, deadline) -> {
          try (Statement s = c.createStatement();
              ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  @Override
  public Scoped<List<IndexSpec>> indexes(String db) {
    return calls.read("indexes", db, (c, table, deadline) -> PgIndexes.of(c, schema, dbId(table)));
  }

  /** Closes the pool; stored data stays in PostgreSQL. */
  @Override
  public void close() {
    pool.close();
  }

  private static String upsert(String table) {
    return "INSERT INTO "
        + table
        + "(id, raw, doc) VALUES (?, ?, ?::jsonb)"
        + " ON CONFLICT (id) DO UPDATE SET raw = excluded.raw, doc = excluded.doc";
  }

  /**
   * Binds the id (escaped as {@link PgJson#key}, since a text column cannot hold U+0000; the escape
   * keeps byte order, so lists stay in id order), the document's text and its compared JSONB form.
   */
  static void bindDoc(PreparedStatement statement, String id, ObjectNode doc) throws SQLException {
    statement.setString(1, PgJson.key(id));
    statement.setString(2, Json.MAPPER.writeValueAsString(doc));
    statement.setString(3, PgJson.text(doc));
  }

  static ObjectNode parse(String raw) {
    return (ObjectNode) Json.MAPPER.readTree(raw);
  }

  private static String table(long id) {
    return PgCalls.table(id);
  }

  /** The table's name without its schema. */
  private static String bare(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static long dbId(String qualified) {
    return Long.parseLong(bare(qualified).substring("data_".length()));
  }
}
