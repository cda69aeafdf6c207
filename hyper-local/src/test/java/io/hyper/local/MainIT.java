package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.http.AppKeyAuth;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: what it prints, its exit status, and the server it starts. */
class MainIT {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(AtomicReference<String> seenUrl, String... args) {
    return runAuthorized(seenUrl, "", args);
  }

  private int runAuthorized(AtomicReference<String> seenUrl, String authorization, String... args) {
    return Main.run(
        args,
        Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        server -> {
          seenUrl.set(server.url());
          TestHttp.Reply root = new TestHttp(server.url()).get("/", "Authorization", authorization);
          assertThat(root.status()).isEqualTo(200);
          server.close();
        });
  }

  @Test
  void printsUrlAndConnectionStringAndServes(@TempDir Path dir) {
    AtomicReference<String> url = new AtomicReference<>();
    int status = run(url, "--port", "0", "--dir", dir.toString(), "--domain", "movies");
    assertThat(status).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("hyper-local listening on " + url.get());
    assertThat(printed).contains("connection string: " + url.get() + "/movies");
    assertThat(printed).contains("hyper vision: " + url.get() + "/_vision/");
    assertThat(Files.exists(dir.resolve("signing.key"))).isTrue();
  }

  @Test
  void noVisionLeavesTheUiOutOfTheBanner() {
    AtomicReference<String> url = new AtomicReference<>();
    int status = run(url, "--port", "0", "--memory", "--no-vision");
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("hyper vision");
  }

  @Test
  void withAnAppKeyTheConnectionStringCarriesIt() {
    AtomicReference<String> url = new AtomicReference<>();
    String token = AppKeyAuth.sign("key", "sec ret", Clock.systemUTC());
    assertThat(
            runAuthorized(
                url, "Bearer " + token, "--port", "0", "--memory", "--app-key", "key:sec ret"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("connection string: http://key:****@127.0.0.1:")
        .contains("--print-secret")
        .doesNotContain("sec ret")
        .doesNotContain("sec%20ret");
  }

  @Test
  void printSecretShowsTheSecretInTheConnectionString() {
    AtomicReference<String> url = new AtomicReference<>();
    String token = AppKeyAuth.sign("key", "sec ret", Clock.systemUTC());
    assertThat(
            runAuthorized(
                url,
                "Bearer " + token,
                "--port",
                "0",
                "--memory",
                "--app-key",
                "key:sec ret",
                "--print-secret"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("connection string: http://key:sec%20ret@127.0.0.1:");
  }

  @Test
  void behindABalancerTheConnectionStringStartsWithThePublicUrl() {
    AtomicReference<String> url = new AtomicReference<>();
    String token = AppKeyAuth.sign("key", "secret", Clock.systemUTC());
    assertThat(
            runAuthorized(
                url,
                "Bearer " + token,
                "--port",
                "0",
                "--memory",
                "--app-key",
                "key:secret",
                "--public-url",
                "https://hyper.example:8443/"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("connection string: https://key:****@hyper.example:8443/test")
        .contains("listening on http://127.0.0.1:");
  }

  @Test
  void aSecondServerOnTheSameDirectoryIsOneLineAndStatus1(@TempDir Path dir) {
    try (HyperLocal first = HyperLocal.builder().dataDir(dir).start()) {
      assertThat(run(new AtomicReference<>(), "--port", "0", "--dir", dir.toString())).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8).strip())
          .startsWith("hyper-local: data directory " + dir.toAbsolutePath())
          .contains("in use by another hyper-local")
          .doesNotContain("\n");
      assertThat(new TestHttp(first.url()).get("/").status())
          .as("the first server keeps serving")
          .isEqualTo(200);
    }
  }

  @Test
  void helpPrintsEveryFlagAndExitsZero() {
    assertThat(run(new AtomicReference<>(), "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "--port",
            "--dir",
            "--memory",
            "--app-key",
            "--domain",
            "--data",
            "--cache",
            "--search",
            "--storage",
            "--queue",
            "--help");
  }

  @Test
  void badFlagIsOneLineAndStatus2() {
    assertThat(run(new AtomicReference<>(), "--frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("hyper-local: unknown flag --frobnicate (see --help)");
  }

  @Test
  void portInUseIsOneLineAndStatus1() {
    try (HyperLocal taken = HyperLocal.builder().start()) {
      assertThat(run(new AtomicReference<>(), "--memory", "--port", String.valueOf(taken.port())))
          .isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8).strip())
          .startsWith("hyper-local: cannot listen on")
          .doesNotContain("\n");
    }
  }

  @Test
  void domainFlagCreatesTheChosenServicesAtStartUpWithAuthOn() {
    String token = AppKeyAuth.sign("key", "secret", Clock.systemUTC());
    AtomicReference<String> url = new AtomicReference<>();
    int status =
        Main.run(
            new String[] {
              "--port",
              "0",
              "--memory",
              "--app-key",
              "key:secret",
              "--domain",
              "shop",
              "--data",
              "--cache",
              "--search",
              "--storage",
              "--queue",
              "--queue-target",
              "http://127.0.0.1:9/jobs",
              "--search-fields",
              "title,year"
            },
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            server -> {
              url.set(server.url());
              TestHttp http = new TestHttp(server.url());
              String auth = "Bearer " + token;
              assertThat(http.get("/data/shop", "Authorization", auth).status()).isEqualTo(200);
              assertThat(http.post("/cache/shop/_query", "{}", "Authorization", auth).status())
                  .isEqualTo(200);
              assertThat(
                      http.post(
                              "/search/shop",
                              "{\"key\":\"m1\",\"doc\":{\"title\":\"Dune\",\"year\":\"2021\"}}",
                              "Authorization",
                              auth)
                          .status())
                  .isEqualTo(201);
              assertThat(
                      http.post(
                              "/search/shop/_query", "{\"query\":\"2021\"}", "Authorization", auth)
                          .json()
                          .get("matches")
                          .size())
                  .as("--search-fields made year searchable")
                  .isEqualTo(1);
              assertThat(
                      http.send(
                              "POST",
                              "/storage/shop/a.txt",
                              java.net.http.HttpRequest.BodyPublishers.ofString("x"),
                              "Content-Type",
                              "text/plain",
                              "Authorization",
                              auth)
                          .status())
                  .isEqualTo(201);
              assertThat(http.get("/queue/shop?status=READY", "Authorization", auth).status())
                  .isEqualTo(200);
              assertThat(http.get("/data/other", "Authorization", auth).status()).isEqualTo(404);
              server.close();
            });
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("connection string: http://key:****@127.0.0.1:")
        .contains("/shop");
  }
}
