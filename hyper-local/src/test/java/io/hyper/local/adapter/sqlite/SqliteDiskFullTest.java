package io.hyper.local.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.data.BulkOp;
import io.hyper.local.core.data.ListOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data store when SQLite answers {@code SQLITE_FULL}, produced for real by {@code PRAGMA
 * max_page_count} (SQLite's own cap on the file): 507 without a path, the database readable and
 * unchanged, and writes working again once there is room.
 */
class SqliteDiskFullTest {
  @TempDir Path dir;
  private SqliteDataStore store;

  @BeforeEach
  void open() {
    store = SqliteDataStore.open(dir.resolve("data.db"));
    store.create("db");
    store.add("db", "kept", doc("kept"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aFullDatabaseIs507AndLeavesTheDataReadableAndUnchanged() {
    store.limitPages(2);
    String big = "x".repeat(64 * 1024);
    assertDiskFull(() -> store.add("db", "big", doc(big)));
    assertDiskFull(
        () ->
            store.bulk(
                "db",
                List.of(
                    new BulkOp("kept", false, doc("changed")),
                    new BulkOp("big", false, doc(big)))));

    assertThat(store.get("db", "kept").value()).contains(doc("kept"));
    assertThat(store.get("db", "big").value()).isEmpty();
    assertThat(store.list("db", ListOptions.all()).value()).hasSize(1);

    store.limitPages(Long.MAX_VALUE);
    assertThat(store.add("db", "big", doc(big))).isEqualTo(io.hyper.local.port.AddOutcome.ADDED);
    assertThat(store.get("db", "big").value()).contains(doc(big));
  }

  private static void assertDiskFull(Runnable write) {
    assertThatThrownBy(write::run)
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> {
              assertThat(e.status()).isEqualTo(507);
              assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL);
            });
  }

  private static ObjectNode doc(String title) {
    return Json.object().put("title", title);
  }
}
