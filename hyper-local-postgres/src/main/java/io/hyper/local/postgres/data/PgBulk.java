package io.hyper.local.postgres.data;

import io.hyper.local.core.data.BulkOp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code _bulk} inside the caller's transaction: the operations in order, sent as JDBC batches of
 * consecutive writes or deletes. A batch ends where an id repeats, since PostgreSQL refuses a
 * multi-row upsert that touches one row twice (the driver rewrites batched inserts into one).
 */
final class PgBulk {
  private PgBulk() {}

  /** Applies {@code ops} to {@code table}; {@code upsert} is the store's insert-or-replace. */
  static void apply(Connection c, String table, String upsert, List<BulkOp> ops)
      throws SQLException {
    try (PreparedStatement write = c.prepareStatement(upsert);
        PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
      Set<String> ids = new HashSet<>();
      PreparedStatement pending = null;
      for (BulkOp op : ops) {
        PreparedStatement next = op.delete() ? delete : write;
        if (pending != null && (pending != next || !ids.add(op.id()))) {
          pending.executeBatch();
          ids.clear();
          ids.add(op.id());
        } else if (pending == null) {
          ids.add(op.id());
        }
        pending = next;
        if (op.delete()) {
          delete.setString(1, PgJson.key(op.id()));
        } else {
          PostgresDataStore.bindDoc(write, op.id(), op.doc());
        }
        pending.addBatch();
      }
      if (pending != null) {
        pending.executeBatch();
      }
    }
  }
}
