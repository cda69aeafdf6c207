package io.hyper.local.adapter.sqlite;

import java.sql.SQLException;

/** An unexpected SQLite failure (a bug or a broken disk), never a client's mistake. */
public final class SqliteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps a JDBC failure with what was being done. */
  public SqliteException(String doing, SQLException cause) {
    super(doing + ": " + cause.getMessage(), cause);
  }
}
