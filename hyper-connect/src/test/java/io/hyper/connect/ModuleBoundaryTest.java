package io.hyper.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor exports the API packages and nothing of {@code internal}. Tests
 * run on the class path (see the pom), so this reads the descriptor the jar will carry; {@link
 * ModulePathIT} checks the packaged jar on a module path.
 */
class ModuleBoundaryTest {

  private static ModuleDescriptor descriptor() throws URISyntaxException {
    Path classes = Path.of(Hyper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(classes).find("io.hyper.connect").orElseThrow().descriptor();
  }

  @Test
  void onlyTheApiPackagesAreExported() throws URISyntaxException {
    ModuleDescriptor module = descriptor();
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());

    assertThat(exported)
        .containsExactlyInAnyOrder(
            "io.hyper.connect",
            "io.hyper.connect.cache",
            "io.hyper.connect.data",
            "io.hyper.connect.info",
            "io.hyper.connect.json",
            "io.hyper.connect.queue",
            "io.hyper.connect.search",
            "io.hyper.connect.storage");
    assertThat(module.packages())
        .contains("io.hyper.connect.internal", "io.hyper.connect.internal.service");
    assertThat(module.exports()).noneMatch(e -> e.source().contains("internal"));
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void noServiceHasAPublicConstructor() {
    for (Class<?> service :
        new Class<?>[] {
          io.hyper.connect.data.DataService.class,
          io.hyper.connect.cache.CacheService.class,
          io.hyper.connect.search.SearchService.class,
          io.hyper.connect.storage.StorageService.class,
          io.hyper.connect.queue.QueueService.class,
          io.hyper.connect.info.InfoService.class
        }) {
      assertThat(service.isInterface()).as(service.getName()).isTrue();
    }
  }
}
