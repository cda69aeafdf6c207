package io.hyper.examples.readme;

import io.hyper.examples.readme.ReadmeBlocks.Block;
import io.hyper.examples.readme.ReadmeBlocks.Kind;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * One JShell session, executing on this thread of this JVM against the test classpath, in which the
 * README's blocks are evaluated in order, so a block sees what the blocks before it declared, as a
 * reader would assume. Each failure is reported with its README line and the compiler's or the
 * runtime's message.
 */
final class SnippetSession implements AutoCloseable {
  private final JShell shell;
  private final UnaryOperator<String> rewrite;
  private int compileOnlyCount;
  private boolean importsHoisted;

  /**
   * Opens a session.
   *
   * @param rewrite applied to each block's code before it is evaluated (points the README's
   *     placeholder address at the embedded server)
   */
  SnippetSession(UnaryOperator<String> rewrite) {
    this.rewrite = rewrite;
    // -proc:none: javac would otherwise look for annotation processors in every jar of the
    // classpath on each snippet's compilation.
    this.shell =
        JShell.builder()
            .executionEngine(new InThreadExecution(), Map.of())
            .compilerOptions("-proc:none")
            .build();
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
    // The jshell tool's default imports (JShell's API starts with none), and the checks' helper.
    List<String> setup =
        evalAll(
            "import java.io.*;\nimport java.math.*;\nimport java.net.*;\nimport java.nio.file.*;\n"
                + "import java.util.*;\nimport java.util.concurrent.*;\nimport java.util.function.*;\n"
                + "import java.util.regex.*;\nimport java.util.stream.*;\n"
                + "void expect(boolean ok, String what) {"
                + " if (!ok) throw new AssertionError(\"expected: \" + what); }",
            0,
            false);
    if (!setup.isEmpty()) {
      throw new IllegalStateException("the session's helpers do not compile: " + setup);
    }
  }

  /**
   * Evaluates the imports of all blocks first, as a Java file has them at its top: an import
   * evaluated later makes JShell recompile the variables declared before it, which resets them to
   * null. {@link #run} then skips imports.
   *
   * @param blocks the blocks
   * @return the failures of imports that do not resolve
   */
  List<String> hoistImports(List<Block> blocks) {
    List<String> failures = new ArrayList<>();
    for (Block block : blocks) {
      if (block.kind() != Kind.SKIP) {
        String code = rewrite.apply(block.code());
        forEachSnippet(
            code,
            block.line(),
            failures,
            (source, line) -> {
              if (isImport(source)) {
                failures.addAll(eval(source, line));
              }
            });
      }
    }
    importsHoisted = true;
    return failures;
  }

  /**
   * Evaluates a block by its kind.
   *
   * @param block the block
   * @return its failures, each starting with {@code README.md:LINE}; empty when it passed
   */
  List<String> run(Block block) {
    if (block.kind() == Kind.SKIP) {
      return List.of();
    }
    return evalAll(rewrite.apply(block.code()), block.line(), block.kind() == Kind.COMPILE_ONLY);
  }

  private List<String> evalAll(String code, int firstLine, boolean compileOnly) {
    List<String> failures = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    StringBuilder deferred = new StringBuilder();
    int[] deferredLine = {-1};
    forEachSnippet(
        code,
        firstLine,
        failures,
        (source, line) -> {
          if (importsHoisted && isImport(source)) {
            return;
          }
          if (compileOnly && !isDeclaration(analysis, source)) {
            if (deferredLine[0] < 0) {
              deferredLine[0] = line;
            }
            deferred.append(source).append('\n');
            return;
          }
          failures.addAll(eval(source, line));
        });
    if (deferred.length() > 0) {
      // Statements of a compile-only block become the body of a method: compiled, never called.
      String method =
          "void compileOnly" + (++compileOnlyCount) + "() throws Exception {\n" + deferred + "}";
      failures.addAll(eval(method, deferredLine[0] - 1));
    }
    return failures;
  }

  private boolean isImport(String source) {
    List<Snippet> snippets = shell.sourceCodeAnalysis().sourceToSnippets(source);
    return !snippets.isEmpty() && snippets.get(0).kind() == Snippet.Kind.IMPORT;
  }

  /** Splits code into JShell snippets, each with its README line. */
  private void forEachSnippet(
      String code, int firstLine, List<String> failures, BiConsumer<String, Integer> action) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = code;
    while (!remaining.isBlank()) {
      int skipped = remaining.length() - remaining.stripLeading().length();
      int line = firstLine + newlines(code, code.length() - remaining.length() + skipped);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE
          || info.completeness() == Completeness.CONSIDERED_INCOMPLETE
          || info.completeness() == Completeness.UNKNOWN) {
        failures.add(at(line) + "incomplete or unparsable Java: " + first(remaining.strip()));
        break;
      }
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      remaining = info.remaining();
      action.accept(info.source(), line);
    }
  }

  private static boolean isDeclaration(SourceCodeAnalysis analysis, String source) {
    List<Snippet> snippets = analysis.sourceToSnippets(source);
    if (snippets.isEmpty()) {
      return false;
    }
    Snippet.Kind kind = snippets.get(0).kind();
    return kind == Snippet.Kind.IMPORT
        || kind == Snippet.Kind.TYPE_DECL
        || kind == Snippet.Kind.METHOD;
  }

  private List<String> eval(String source, int line) {
    List<String> failures = new ArrayList<>();
    for (SnippetEvent event : shell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      for (Diag diag : shell.diagnostics(snippet).toList()) {
        if (diag.isError()) {
          int at = line + newlines(source, (int) Math.max(0, diag.getStartPosition()));
          failures.add(at(at) + "does not compile: " + diag.getMessage(Locale.ROOT));
        }
      }
      if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
          || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        failures.add(
            at(line)
                + "refers to what no block declares: "
                + shell.unresolvedDependencies((DeclarationSnippet) snippet).toList());
      } else if (event.status() == Snippet.Status.REJECTED && failures.isEmpty()) {
        failures.add(at(line) + "rejected: " + first(source));
      }
      Throwable thrown = event.exception();
      if (thrown instanceof EvalException e) {
        failures.add(at(line) + "threw " + e.getExceptionClassName() + ": " + e.getMessage());
      } else if (thrown instanceof UnresolvedReferenceException e) {
        failures.add(
            at(line)
                + "calls what no block declares: "
                + shell.unresolvedDependencies(e.getSnippet()).toList());
      } else if (thrown != null) {
        failures.add(at(line) + "threw " + thrown);
      }
    }
    return failures;
  }

  private static String at(int line) {
    return "README.md:" + line + ": ";
  }

  private static String first(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl) + " …";
  }

  private static int newlines(String text, int end) {
    int count = 0;
    for (int i = 0; i < Math.min(end, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() {
    shell.close();
  }
}
