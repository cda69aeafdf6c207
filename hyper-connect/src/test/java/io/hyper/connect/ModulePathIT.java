package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK as a module on the module path, as a modular app gets it: resolved from the built jar
 * (Failsafe runs on the packaged artifact) and its Jackson jars, it exports the API and hides
 * {@code internal} — at run time, where reflection into {@code internal} is refused, and at compile
 * time, where a consumer module that imports it does not compile. Complements {@link
 * ModuleBoundaryTest}, which reads the descriptor from the class path.
 */
class ModulePathIT {
  private static final String MODULE = "io.hyper.connect";

  /** The SDK's jar (or classes) and the modules it requires, as a module path. */
  private static List<Path> modulePath() throws URISyntaxException {
    return Stream.of(
            Hyper.class,
            tools.jackson.databind.ObjectMapper.class,
            tools.jackson.core.JsonParser.class,
            com.fasterxml.jackson.annotation.JsonValue.class)
        .map(ModulePathIT::location)
        .distinct()
        .toList();
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ModuleLayer layer() throws URISyntaxException {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(MODULE));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void resolvedFromTheJarTheModuleExportsTheApiAndNotInternal() throws Exception {
    ModuleLayer layer = layer();
    Module sdk = layer.findModule(MODULE).orElseThrow();

    assertThat(location(Hyper.class).toString()).as("the packaged artifact").endsWith(".jar");
    assertThat(sdk.getPackages())
        .contains(MODULE + ".internal", MODULE + ".internal.service", MODULE + ".queue");
    assertThat(sdk.isExported(MODULE)).isTrue();
    assertThat(sdk.isExported(MODULE + ".json")).isTrue();
    assertThat(sdk.isExported(MODULE + ".internal")).isFalse();
    assertThat(sdk.isExported(MODULE + ".internal.service")).isFalse();
    assertThat(sdk.isOpen(MODULE + ".internal")).isFalse();
  }

  @Test
  void codeOutsideTheModuleCallsTheApiButCannotReachIntoInternal() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader(MODULE);
    Class<?> api = loader.loadClass(MODULE + ".json.JacksonCodec");
    Class<?> internal = loader.loadClass(MODULE + ".internal.JsonCodec");
    Method defaults = api.getMethod("defaults");
    Method read = internal.getMethod("read", byte[].class);
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);

    assertThat(internal.getModule().getName()).isEqualTo(MODULE);
    assertThat(defaults.invoke(null)).isNotNull();
    // A public method of a public class, refused only because its package is not exported.
    assertThatThrownBy(() -> read.invoke(null, (Object) json))
        .isInstanceOf(IllegalAccessException.class)
        .hasMessageContaining("does not export " + MODULE + ".internal");
    assertThat(read.trySetAccessible()).isFalse();
  }

  @Test
  void aConsumerModuleCompilesAgainstTheApiButNotAgainstInternal(@TempDir Path dir)
      throws Exception {
    String modulePath =
        modulePath().stream()
            .map(Path::toString)
            .collect(Collectors.joining(java.io.File.pathSeparator));

    Compiled api =
        compile(
            dir.resolve("api"),
            "import io.hyper.connect.Hyper;\n"
                + "public class App { Hyper hyper = Hyper.connect(\"http://127.0.0.1:1/app\"); }\n",
            modulePath);
    Compiled internal =
        compile(
            dir.resolve("internal"),
            "import io.hyper.connect.internal.JsonCodec;\n"
                + "public class App { Object read = JsonCodec.read(new byte[0]); }\n",
            modulePath);

    assertThat(api.ok()).as(api.output()).isTrue();
    assertThat(internal.ok()).isFalse();
    assertThat(internal.output())
        .contains("package io.hyper.connect.internal is not visible")
        .contains("does not export it");
  }

  private record Compiled(boolean ok, String output) {}

  /** Compiles a module {@code app} that requires the SDK, with one class in package {@code app}. */
  private static Compiled compile(Path root, String appClass, String modulePath)
      throws IOException {
    Path sources = Files.createDirectories(root.resolve("src/app"));
    Files.writeString(
        root.resolve("src/module-info.java"), "module app { requires " + MODULE + "; }\n");
    Files.writeString(sources.resolve("App.java"), "package app;\n" + appClass);
    // javac through java.util.spi.ToolProvider, so the test needs no read edge to java.compiler.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter output = new StringWriter();
    int status;
    try (PrintWriter out = new PrintWriter(output)) {
      status =
          javac.run(
              out,
              out,
              "--module-path",
              modulePath,
              // Not the test JVM's class path, which javac would take by default.
              "--class-path",
              Files.createDirectories(root.resolve("empty")).toString(),
              "-d",
              root.resolve("out").toString(),
              "-proc:none",
              root.resolve("src/module-info.java").toString(),
              sources.resolve("App.java").toString());
    }
    boolean ok = status == 0;
    return new Compiled(ok, output.toString());
  }
}
