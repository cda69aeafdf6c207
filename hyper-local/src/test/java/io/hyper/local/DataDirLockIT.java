package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder refuses a data directory another hyper-local runs on, and the first one goes on. */
class DataDirLockIT {
  @TempDir Path dir;

  @Test
  void aSecondBuilderOnTheSameDirectoryThrowsAndTheFirstKeepsItsData() {
    try (HyperLocal first = HyperLocal.builder().dataDir(dir).start()) {
      TestHttp http = new TestHttp(first.url());
      assertThat(http.put("/data/kept", "").status()).isEqualTo(201);
      assertThat(http.post("/data/kept", "{\"_id\":\"1\"}").status()).isEqualTo(201);

      assertThatThrownBy(() -> HyperLocal.builder().dataDir(dir).start())
          .isInstanceOf(DataDirInUseException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageContaining("in use by another hyper-local");

      assertThat(http.get("/data/kept/1").status()).isEqualTo(200);
      assertThat(http.post("/data/kept", "{\"_id\":\"2\"}").status()).isEqualTo(201);
    }
    try (HyperLocal next = HyperLocal.builder().dataDir(dir).start()) {
      TestHttp http = new TestHttp(next.url());
      assertThat(http.get("/data/kept/1").status()).isEqualTo(200);
      assertThat(http.get("/data/kept/2").status()).isEqualTo(200);
    }
  }

  @Test
  void inMemoryServersTakeNoLock() {
    try (HyperLocal one = HyperLocal.builder().start();
        HyperLocal two = HyperLocal.builder().start()) {
      assertThat(new TestHttp(one.url()).get("/").status()).isEqualTo(200);
      assertThat(new TestHttp(two.url()).get("/").status()).isEqualTo(200);
    }
  }
}
