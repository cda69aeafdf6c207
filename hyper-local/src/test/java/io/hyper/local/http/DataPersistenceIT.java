package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data written through one hyper-local is there after a restart from the same directory. */
class DataPersistenceIT {
  @TempDir Path dir;

  private HyperLocal start() {
    return HyperLocal.builder().services(Service.DATA).dataDir(dir).start();
  }

  @Test
  void documentsDatabasesAndIndexesSurviveARestart() {
    try (HyperLocal hyper = start()) {
      TestHttp http = new TestHttp(hyper.url());
      assertThat(http.put("/data/keep", "").status()).isEqualTo(201);
      assertThat(http.post("/data/keep", "{\"_id\":\"1\",\"title\":\"Alien\"}").status())
          .isEqualTo(201);
      assertThat(http.put("/data/keep/2", "{\"title\":\"Heat\"}").status()).isEqualTo(200);
      assertThat(http.post("/data/keep/_index", "{\"name\":\"t\",\"fields\":[\"title\"]}").status())
          .isEqualTo(201);
    }
    assertThat(Files.exists(dir.resolve(DataModule.FILE))).isTrue();
    try (HyperLocal hyper = start()) {
      TestHttp http = new TestHttp(hyper.url());
      assertThat(http.put("/data/keep", "").status()).isEqualTo(409);
      assertThat(http.get("/data/keep/1").json())
          .isEqualTo(Json.MAPPER.readTree("{\"_id\":\"1\",\"title\":\"Alien\"}"));
      assertThat(http.post("/data/keep/_query", "{\"selector\":{\"title\":\"Heat\"}}").json())
          .isEqualTo(
              Json.MAPPER.readTree("{\"ok\":true,\"docs\":[{\"_id\":\"2\",\"title\":\"Heat\"}]}"));
      assertThat(http.post("/data/keep/_index", "{\"name\":\"t\",\"fields\":[\"year\"]}").status())
          .isEqualTo(409);
    }
  }
}
