package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.Service;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Object names the file system would refuse or merge are clean 4xx answers over HTTP. */
class StorageNamesIT {
  @TempDir static Path dir;
  private static HyperLocal hyper;
  private static TestHttp http;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().services(Service.STORAGE).dataDir(dir).start();
    http = new TestHttp(hyper.url());
    assertThat(http.put("/storage/names", "").status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  private static Reply upload(String path, String text) {
    return http.send(
        "POST",
        "/storage/names/" + path,
        BodyPublishers.ofString(text),
        "Content-Type",
        "text/plain");
  }

  @Test
  void aSegmentOf300CharactersIs400NamingTheLimitAndNotTheServersPath() {
    String name = "a".repeat(300);
    for (Reply reply :
        new Reply[] {
          upload(name, "x"), upload("f/" + name, "x"), http.get("/storage/names/" + name)
        }) {
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().get("ok").booleanValue()).isFalse();
      assertThat(reply.json().get("msg").stringValue())
          .contains("255 bytes")
          .doesNotContain(dir.toAbsolutePath().toString())
          .doesNotContain("/");
    }
    assertThat(upload("short.txt", "fine").status()).as("still serving").isEqualTo(201);
  }

  @Test
  void aNameDifferingOnlyInCaseIs409AndTheFirstObjectStays() {
    assertThat(upload("Notes.txt", "first").status()).isEqualTo(201);
    Reply twin = upload("notes.txt", "second");
    assertThat(twin.status()).isEqualTo(409);
    assertThat(twin.json().get("msg").stringValue()).contains("case");
    assertThat(http.get("/storage/names/Notes.txt").text()).isEqualTo("first");
    assertThat(http.get("/storage/names/notes.txt").status()).isEqualTo(404);
  }

  @Test
  void aWindowsDeviceNameIs400() {
    assertThat(upload("aux.txt", "x").status()).isEqualTo(400);
  }
}
