package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {
  private static CommandLine parse(String... args) {
    return CommandLine.parse(args, Map.of());
  }

  @Test
  void defaultsListenOn6363AndKeepDataInDotHyper() {
    CommandLine cli = parse();
    assertThat(cli.port()).isEqualTo(6363);
    assertThat(cli.host()).isEqualTo("127.0.0.1");
    assertThat(cli.dataDir()).contains(Path.of(".hyper"));
    assertThat(cli.appKeys()).isEmpty();
    assertThat(cli.create()).isEmpty();
    assertThat(cli.help()).isFalse();
  }

  @Test
  void everyFlagInBothSpellings() {
    CommandLine cli =
        parse(
            "--port=0",
            "--host",
            "0.0.0.0",
            "--dir",
            "/tmp/h",
            "--app-key",
            "k:s:with:colons",
            "--app-key=k2:s2",
            "--public-url",
            "https://files.example",
            "--domain=test",
            "--data",
            "--cache",
            "--search",
            "--storage",
            "--queue",
            "--queue-target",
            "http://127.0.0.1:9/jobs",
            "--queue-secret",
            "shh",
            "--search-fields",
            "title, body");
    assertThat(cli.port()).isZero();
    assertThat(cli.host()).isEqualTo("0.0.0.0");
    assertThat(cli.dataDir()).contains(Path.of("/tmp/h"));
    assertThat(cli.appKeys())
        .containsExactly(Map.entry("k", "s:with:colons"), Map.entry("k2", "s2"));
    assertThat(cli.publicUrl()).contains("https://files.example");
    assertThat(cli.domain()).contains("test");
    assertThat(cli.create()).isEqualTo(Set.of(Service.values()));
    assertThat(cli.queueTarget()).contains("http://127.0.0.1:9/jobs");
    assertThat(cli.queueSecret()).contains("shh");
    assertThat(cli.searchFields()).isEqualTo(List.of("title", "body"));
  }

  @Test
  void deliveryFlagsTakeACountAndATimeWithItsUnit() {
    assertThat(parse().deliveryAttempts()).isEmpty();
    assertThat(parse().deliveryBackoff()).isEmpty();
    CommandLine cli = parse("--delivery-attempts", "2", "--delivery-backoff=250ms");
    assertThat(cli.deliveryAttempts()).hasValue(2);
    assertThat(cli.deliveryBackoff()).contains(java.time.Duration.ofMillis(250));
    assertThat(parse("--delivery-backoff", "2s").deliveryBackoff())
        .contains(java.time.Duration.ofSeconds(2));
    assertThat(parse("--delivery-backoff", "1m").deliveryBackoff())
        .contains(java.time.Duration.ofMinutes(1));
    assertThat(parse("--delivery-timeout", "2s").deliveryTimeout())
        .contains(java.time.Duration.ofSeconds(2));
    for (String bad : List.of("0", "101", "x")) {
      assertThatThrownBy(() -> parse("--delivery-attempts", bad))
          .hasMessage("--delivery-attempts must be a number from 1 to 100, was " + bad);
    }
    for (String bad : List.of("0s", "5", "1h", "-1s")) {
      assertThatThrownBy(() -> parse("--delivery-backoff=" + bad))
          .hasMessageStartingWith("--delivery-backoff must be a positive time");
    }
  }

  @Test
  void corsOriginsAreRepeatableAndNoneByDefault() {
    assertThat(parse().corsOrigins()).isEmpty();
    assertThat(parse("--cors-origin", "http://localhost:5173", "--cors-origin=*").corsOrigins())
        .containsExactly("http://localhost:5173", "*");
  }

  @Test
  void visionIsOnUnlessNoVision() {
    assertThat(parse().vision()).isTrue();
    assertThat(parse("--no-vision").vision()).isFalse();
    assertThat(CommandLine.USAGE).contains("--no-vision");
  }

  @Test
  void memoryKeepsNothingOnDisk() {
    assertThat(parse("--memory").dataDir()).isEqualTo(Optional.empty());
  }

  @Test
  void appKeysComeFromTheEnvironmentToo() {
    CommandLine cli =
        CommandLine.parse(
            new String[] {"--app-key", "c:3"}, Map.of("HYPER_LOCAL_APP_KEYS", "a:1, b:2"));
    assertThat(cli.appKeys())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--nope | unknown flag --nope",
        "--port | --port needs a value",
        "--port abc | --port must be a number from 0 to 65535, was abc",
        "--port 70000 | --port must be a number from 0 to 65535, was 70000",
        "--memory --dir x | --memory and --dir exclude each other",
        "--data | need --domain",
        "--domain t --queue | --queue needs --queue-target",
        "--app-key nosecret | --app-key must be <key>:<secret>",
        "--app-key :s | --app-key must be <key>:<secret>",
        "--memory=yes | --memory takes no value",
        "--domain a/b | --domain must be one non-empty path segment",
        "--queue-target ftp://x | --queue-target must be an http(s) URL",
        "--search-fields , | --search-fields must name at least one field",
      })
  void badFlagsSayWhatIsWrong(String args, String message) {
    assertThatThrownBy(() -> parse(args.trim().split(" +")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void secretsDoNotAppearInErrors() {
    assertThatThrownBy(() -> parse("--app-key", "k:topsecret", "--bogus"))
        .hasMessageNotContaining("topsecret");
  }
}
