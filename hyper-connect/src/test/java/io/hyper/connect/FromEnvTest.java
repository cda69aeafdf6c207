package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Hyper#fromEnv()}: the {@code HYPER} variable, else {@code HYPER} in {@code .env} of the
 * working directory; one clear error when neither has it; the secret in no message.
 */
class FromEnvTest {
  private static final Function<String, String> NO_ENV = name -> null;

  @TempDir Path dir;

  private void dotEnv(String text) throws Exception {
    Files.writeString(dir.resolve(".env"), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsTheEnvironmentVariable() {
    Hyper hyper = Hyper.fromEnv(Map.of("HYPER", "http://localhost:6363/movies")::get, dir);

    assertThat(hyper.domain()).isEqualTo("movies");
  }

  @Test
  void theEnvironmentVariableWinsOverDotEnv() throws Exception {
    dotEnv("HYPER=http://localhost:6363/fromfile\n");

    Hyper hyper = Hyper.fromEnv(Map.of("HYPER", "http://localhost:6363/fromenv")::get, dir);

    assertThat(hyper.domain()).isEqualTo("fromenv");
  }

  @Test
  void readsDotEnvWhenTheVariableIsUnsetOrBlank() throws Exception {
    dotEnv(
        "# the app's settings\n"
            + "OTHER=x\n"
            + "\n"
            + "export HYPER=\"cloud://key:s3cret@cloud.hyper.io/my-app\"  # from the dashboard\n");

    Hyper unset = Hyper.fromEnv(NO_ENV, dir);
    Hyper blank = Hyper.fromEnv(name -> " ", dir);

    assertThat(unset.connectionString().cloud()).isTrue();
    assertThat(unset.connectionString().path()).isEqualTo("/my-app");
    assertThat(unset.connectionString().key()).contains("key");
    assertThat(blank.connectionString()).isEqualTo(unset.connectionString());
  }

  @Test
  void aMissingFileAndAFileWithoutHyperGiveTheSameError() throws Exception {
    String expected =
        "environment variable HYPER is not set, nor is it in a .env file in "
            + dir.toAbsolutePath()
            + "; set it to a hyper connection string, e.g. HYPER=http://localhost:6363/test";
    assertThatThrownBy(() -> Hyper.fromEnv(NO_ENV, dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(expected);

    dotEnv("# HYPER=http://localhost:6363/commented-out\nHYPERX=http://localhost:6363/other\n");
    assertThatThrownBy(() -> Hyper.fromEnv(NO_ENV, dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(expected);

    dotEnv("HYPER=\n");
    assertThatThrownBy(() -> Hyper.fromEnv(NO_ENV, dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(expected);
  }

  @Test
  void anInvalidValueSaysWhereItCameFromWithoutTheSecret() throws Exception {
    dotEnv("HYPER=cloud://key:top-s3cret-value@/my-app\n");

    assertThatThrownBy(() -> Hyper.fromEnv(NO_ENV, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HYPER in " + dir.resolve(".env").toAbsolutePath() + ": ")
        .hasMessageNotContaining("top-s3cret-value");
    assertThatThrownBy(
            () -> Hyper.fromEnv(Map.of("HYPER", "cloud://key:env-s3cret@host:99999/a")::get, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("environment variable HYPER: ")
        .hasMessageNotContaining("env-s3cret");
  }

  @Test
  void anUnreadableDotEnvIsAClearErrorWithoutItsContent() throws Exception {
    Files.createDirectory(dir.resolve(".env"));

    assertThatThrownBy(() -> Hyper.fromEnv(NO_ENV, dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot read " + dir.resolve(".env").toAbsolutePath());
  }
}
