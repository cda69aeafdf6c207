package io.hyper.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.examples.readme.ReadmeBlocks.Block;
import io.hyper.examples.readme.ReadmeBlocks.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README conventions: fences, indented fences, markers, hidden given and check code. */
class ReadmeBlocksTest {

  @Test
  void blocksKeepTheirOrderKindAndLine() {
    String md =
        String.join(
            "\n",
            "# Title",
            "<!-- snippet: given",
            "int x = 1;",
            "-->",
            "```java",
            "int y = x + 1;",
            "```",
            "<!-- snippet: check expect(y == 2, \"y\"); -->",
            "- item:",
            "  <!-- snippet: compile-only binds a public port -->",
            "  ```java",
            "  server.start();",
            "  ```",
            "```shell",
            "ls",
            "```",
            "<!-- snippet: skip needs Spring -->",
            "```java",
            "@RestController class C {}",
            "```");

    List<Block> blocks = ReadmeBlocks.parse(md);

    assertThat(blocks)
        .extracting(Block::kind)
        .containsExactly(Kind.GIVEN, Kind.RUN, Kind.CHECK, Kind.COMPILE_ONLY, Kind.SKIP);
    assertThat(blocks).extracting(Block::line).containsExactly(3, 6, 8, 12, 19);
    assertThat(blocks.get(0).code()).isEqualTo("int x = 1;");
    assertThat(blocks.get(2).code()).isEqualTo("expect(y == 2, \"y\");");
    assertThat(blocks.get(3).code()).isEqualTo("server.start();\n");
    assertThat(blocks.get(3).reason()).isEqualTo("binds a public port");
  }

  @Test
  void markersNeedAReasonAndABlock() {
    assertThatThrownBy(() -> ReadmeBlocks.parse("<!-- snippet: skip -->\n```java\nx();\n```"))
        .hasMessage("line 1: snippet: skip needs a reason");
    assertThatThrownBy(() -> ReadmeBlocks.parse("<!-- snippet: skip why -->\n```shell\nls\n```"))
        .hasMessage("line 1: snippet marker is not followed by a ```java block");
    assertThatThrownBy(() -> ReadmeBlocks.parse("text\n```java\nx();\n"))
        .hasMessage("line 2: unclosed ```java");
  }
}
