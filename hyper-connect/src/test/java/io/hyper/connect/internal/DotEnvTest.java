package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dotenv conventions {@link DotEnv} follows, line by line and for a whole file. */
class DotEnvTest {

  @Test
  void plainQuotedAndExportedAssignments() {
    assertThat(DotEnv.valueOf("HYPER=http://h/x", "HYPER")).isEqualTo("http://h/x");
    assertThat(DotEnv.valueOf("  HYPER = http://h/x  ", "HYPER")).isEqualTo("http://h/x");
    assertThat(DotEnv.valueOf("export HYPER=http://h/x", "HYPER")).isEqualTo("http://h/x");
    assertThat(DotEnv.valueOf("HYPER='http://k:a#b\\n@h/x'", "HYPER"))
        .isEqualTo("http://k:a#b\\n@h/x");
    assertThat(DotEnv.valueOf("HYPER=\"http://k:a\\\"b@h/x\" # note", "HYPER"))
        .isEqualTo("http://k:a\"b@h/x");
  }

  @Test
  void commentsEndUnquotedValuesOnlyAfterWhitespace() {
    assertThat(DotEnv.valueOf("HYPER=http://h/x # local", "HYPER")).isEqualTo("http://h/x");
    assertThat(DotEnv.valueOf("HYPER=http://k:a#b@h/x", "HYPER")).isEqualTo("http://k:a#b@h/x");
    assertThat(DotEnv.valueOf("# HYPER=http://h/x", "HYPER")).isNull();
  }

  @Test
  void otherKeysAndNonAssignmentsAreSkipped() {
    assertThat(DotEnv.valueOf("HYPERX=1", "HYPER")).isNull();
    assertThat(DotEnv.valueOf("XHYPER=1", "HYPER")).isNull();
    assertThat(DotEnv.valueOf("HYPER", "HYPER")).isNull();
    assertThat(DotEnv.valueOf("HYPER=\"unterminated", "HYPER")).isNull();
  }

  @Test
  void theLastAssignmentWinsAndAMissingFileIsEmpty(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".env");
    assertThat(DotEnv.lookup(file, "HYPER")).isEmpty();

    Files.writeString(file, "HYPER=http://h/a\r\nHYPER=http://h/b\r\n", StandardCharsets.UTF_8);

    assertThat(DotEnv.lookup(file, "HYPER")).contains("http://h/b");
  }
}
