package io.hyper.examples.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java of a Markdown file, in order: every fenced {@code java} block (indented ones in list
 * items included) and the hidden snippets in HTML comments.
 *
 * <p>Conventions, all in HTML comments so that the rendered README shows none of them:
 *
 * <ul>
 *   <li>A {@code java} block without a marker is <b>run</b>: its statements and declarations are
 *       evaluated, in order, in the session all blocks share.
 *   <li>{@code <!-- snippet: compile-only REASON -->} before a block: it is compiled in the session
 *       but its statements do not run (a server bound to a public port, a call to hyper cloud).
 *   <li>{@code <!-- snippet: skip REASON -->} before a block: it is neither compiled nor run; for
 *       code that needs what the harness's classpath lacks (Spring MVC annotations).
 *   <li>{@code <!-- snippet: given ... -->} holds Java run before the next block, invisible to the
 *       reader: imports, the names a snippet takes for granted ({@code movie}, a file to upload).
 *   <li>{@code <!-- snippet: check ... -->} holds Java run after the block before it: assertions on
 *       what the block computed, with {@code expect(boolean, String)}.
 * </ul>
 *
 * A REASON is required for compile-only and skip.
 */
final class ReadmeBlocks {
  private static final Pattern FENCE_OPEN = Pattern.compile("^(\\s*)```java\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*snippet:\\s*(run|compile-only|skip|given|check)\\b(.*)$");

  /** What the harness does with a block. */
  enum Kind {
    RUN,
    COMPILE_ONLY,
    SKIP,
    GIVEN,
    CHECK
  }

  /**
   * One piece of Java.
   *
   * @param kind what to do with it
   * @param reason why it is compile-only or skipped, else empty
   * @param code the Java, dedented
   * @param line the README line of its first line (1-based)
   */
  record Block(Kind kind, String reason, String code, int line) {}

  private ReadmeBlocks() {}

  /**
   * Splits a Markdown text into its blocks.
   *
   * @param markdown the text
   * @return the blocks in order
   * @throws IllegalArgumentException on a marker without a reason, a marker not followed by a
   *     block, or an unclosed fence or comment, naming the line
   */
  static List<Block> parse(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    Kind pending = null;
    String pendingReason = "";
    int pendingLine = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      Matcher fence = FENCE_OPEN.matcher(lines[i]);
      if (marker.matches()) {
        Kind kind = Kind.valueOf(marker.group(1).toUpperCase().replace('-', '_'));
        String rest = marker.group(2);
        if (kind == Kind.GIVEN || kind == Kind.CHECK) {
          StringBuilder code = new StringBuilder();
          int start = rest.isBlank() ? i + 2 : i + 1; // the README line the code starts on
          String tail = rest;
          while (!tail.contains("-->")) {
            code.append(tail).append('\n');
            if (++i >= lines.length) {
              throw new IllegalArgumentException("line " + start + ": unclosed snippet comment");
            }
            tail = lines[i];
          }
          code.append(tail, 0, tail.indexOf("-->"));
          blocks.add(new Block(kind, "", code.toString().strip(), start));
          continue;
        }
        String reason = rest.replace("-->", "").strip();
        if (kind != Kind.RUN && reason.isEmpty()) {
          throw new IllegalArgumentException(
              "line " + (i + 1) + ": snippet: " + marker.group(1) + " needs a reason");
        }
        pending = kind;
        pendingReason = reason;
        pendingLine = i + 1;
      } else if (fence.matches()) {
        String indent = fence.group(1);
        StringBuilder code = new StringBuilder();
        int start = i + 2;
        for (i++; ; i++) {
          if (i >= lines.length) {
            throw new IllegalArgumentException("line " + (start - 1) + ": unclosed ```java");
          }
          if (lines[i].strip().equals("```")) {
            break;
          }
          String line = lines[i];
          code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
          code.append('\n');
        }
        blocks.add(
            new Block(pending == null ? Kind.RUN : pending, pendingReason, code.toString(), start));
        pending = null;
        pendingReason = "";
      } else if (pending != null && lines[i].strip().startsWith("```")) {
        throw new IllegalArgumentException(
            "line " + pendingLine + ": snippet marker is not followed by a ```java block");
      }
    }
    if (pending != null) {
      throw new IllegalArgumentException(
          "line " + pendingLine + ": snippet marker is not followed by a ```java block");
    }
    return blocks;
  }
}
