package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.engine.EngineUrl;
import io.hyper.local.engine.Engines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines are chosen by URL, outside the HTTP layer, and no password leaks while choosing. */
class EngineChoiceTest {
  private static final String SECRET_URL = "redis://app:s3cr3t-pw@127.0.0.1:6379/0";

  @Test
  void everyServiceDefaultsToItsEmbeddedEngine() {
    Engines engines = Engines.discover();
    for (Service service : Service.values()) {
      EngineUrl url = Engines.defaultUrl(service);
      assertThat(url.isBare()).isTrue();
      assertThat(engines.schemes(service)).contains(url.scheme() + ":");
    }
    assertThat(Engines.defaultUrl(Service.DATA).scheme()).isEqualTo("sqlite");
    assertThat(Engines.defaultUrl(Service.STORAGE).scheme()).isEqualTo("file");
  }

  @Test
  void unknownSchemeFailsAtStartListingTheKnownOnesWithoutThePassword() {
    HyperLocal.Builder builder = HyperLocal.builder().engine(Service.CACHE, SECRET_URL);
    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no cache engine for redis: (known: caffeine:)")
        .hasNoCause();
  }

  @Test
  void unknownSchemeNeverLocksTheDataDirectory(@TempDir Path dir) {
    HyperLocal.Builder builder =
        HyperLocal.builder().dataDir(dir).engine(Service.DATA, "postgres://u:pw@localhost/db");
    assertThatThrownBy(builder::start).hasMessageContaining("known: sqlite:");
    try (HyperLocal hyper = HyperLocal.builder().dataDir(dir).start()) {
      assertThat(hyper.services()).contains(Service.DATA);
    }
  }

  @Test
  void embeddedEnginesTakeNoLocation() {
    HyperLocal.Builder builder = HyperLocal.builder().engine(Service.DATA, "sqlite:/tmp/x.db");
    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the sqlite: engine keeps its data under --dir");
  }

  @Test
  void explicitDefaultsServeLikeTheDefaults(@TempDir Path dir) {
    HyperLocal.Builder builder = HyperLocal.builder().dataDir(dir);
    for (Service service : Service.values()) {
      builder.engine(service, Engines.defaultUrl(service).toString());
    }
    try (HyperLocal hyper = builder.start()) {
      TestHttp http = new TestHttp(hyper.url());
      assertThat(http.put("/data/movies", "").status()).isEqualTo(201);
      assertThat(http.get("/data/movies/nope").status()).isEqualTo(404);
    }
    assertThat(Files.exists(dir.resolve("data.db"))).isTrue();
  }

  @Test
  void urlsPrintWithThePasswordMasked() {
    EngineUrl url = EngineUrl.parse(SECRET_URL);
    assertThat(url.toString())
        .isEqualTo("redis://app:****@127.0.0.1:6379/0")
        .doesNotContain("s3cr3t");
    assertThat(url.scheme()).isEqualTo("redis");
    // No host: Java parses the authority as registry-based, with no user info of its own.
    assertThat(EngineUrl.parse("postgres://app:s3cr3t@/db").toString())
        .isEqualTo("postgres://app:****@/db");
    assertThat(EngineUrl.parse("SQLite:").scheme()).isEqualTo("sqlite");
    assertThat(EngineUrl.parse("s3://bucket?endpoint=http://127.0.0.1:9000").isBare()).isFalse();
  }

  @Test
  void aUrlWithoutSchemeIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> EngineUrl.parse("pw@nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("pw@nowhere");
    assertThatThrownBy(() -> EngineUrl.parse("postgres://u:p w@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("p w")
        .contains("postgres:");
  }

  @Test
  void theCommandLineTakesAnOptionalEngineUrlPerService() {
    CommandLine cli =
        CommandLine.parse(
            new String[] {"--data", "sqlite:", "--cache=caffeine:", "--storage", "--domain", "d"},
            Map.of());
    assertThat(cli.engines()).containsOnlyKeys(Service.DATA, Service.CACHE);
    assertThat(cli.create())
        .containsExactlyInAnyOrder(Service.DATA, Service.CACHE, Service.STORAGE);
    CommandLine noDomain = CommandLine.parse(new String[] {"--search", "lucene:"}, Map.of());
    assertThat(noDomain.create()).isEmpty();
    assertThat(noDomain.engines().get(Service.SEARCH).scheme()).isEqualTo("lucene");
  }

  @Test
  void mainExitsOneWithOneLineAndNoPasswordForAnUnknownEngine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicReference<HyperLocal> served = new AtomicReference<>();
    int status =
        Main.run(
            new String[] {"--port", "0", "--memory", "--cache", SECRET_URL},
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            served::set);
    assertThat(status).isEqualTo(1);
    assertThat(served.get()).isNull();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "hyper-local: no cache engine for redis: (known: caffeine:)" + System.lineSeparator())
        .doesNotContain("s3cr3t");
  }

  @Test
  void theHttpLayerConstructsNoAdapter() throws java.io.IOException {
    Path http = Path.of("src/main/java/io/hyper/local/http");
    try (var files = Files.list(http)) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file))
            .as(file.toString())
            .doesNotContain("io.hyper.local.adapter");
      }
    }
  }
}
