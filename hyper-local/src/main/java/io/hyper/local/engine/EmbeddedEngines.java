package io.hyper.local.engine;

import io.hyper.local.LocalConfig;
import io.hyper.local.Service;
import io.hyper.local.adapter.caffeine.CaffeineCache;
import io.hyper.local.adapter.fs.FsStorage;
import io.hyper.local.adapter.lucene.LuceneSearch;
import io.hyper.local.adapter.queue.SqliteJobStore;
import io.hyper.local.adapter.sqlite.SqliteDataStore;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.StoragePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The engines in hyper-local's jar, each keeping its data under {@code --dir} (or in memory): the
 * defaults. Their URLs are bare ({@code sqlite:}); where the data goes is the data directory's
 * business, so a location in the URL is refused rather than half-honoured.
 */
final class EmbeddedEngines {
  /** The data file's name inside the data directory. */
  static final String DATA_FILE = "data.db";

  /** The queue file's name inside the data directory. */
  static final String QUEUE_FILE = "queue.db";

  private EmbeddedEngines() {}

  /** One embedded engine: a port, a scheme and how to open it from the config. */
  private record Embedded<P extends AutoCloseable>(
      Class<P> port, String scheme, Function<LocalConfig, P> opener) implements EngineFactory<P> {
    @Override
    public P open(EngineUrl url, LocalConfig config) {
      if (!url.isBare()) {
        throw new IllegalArgumentException(
            "the "
                + scheme
                + ": engine keeps its data under --dir and takes no location; give just "
                + scheme
                + ":");
      }
      return opener.apply(config);
    }
  }

  /** The scheme of a service's default engine. */
  static String defaultScheme(Service service) {
    return switch (service) {
      case DATA, QUEUE -> "sqlite";
      case CACHE -> "caffeine";
      case SEARCH -> "lucene";
      case STORAGE -> "file";
    };
  }

  /** Every embedded engine. */
  static List<EngineFactory<?>> all() {
    return List.of(
        new Embedded<>(DataPort.class, "sqlite", EmbeddedEngines::data),
        new Embedded<>(CachePort.class, "caffeine", c -> new CaffeineCache(c.clock())),
        new Embedded<>(SearchPort.class, "lucene", EmbeddedEngines::search),
        new Embedded<>(StoragePort.class, "file", EmbeddedEngines::storage),
        new Embedded<>(JobStorePort.class, "sqlite", EmbeddedEngines::queue));
  }

  private static DataPort data(LocalConfig config) {
    if (config.dataDir().isEmpty()) {
      return SqliteDataStore.inMemory(config.readBudget());
    }
    return SqliteDataStore.open(
        directory(config.dataDir().get()).resolve(DATA_FILE), config.readBudget());
  }

  private static SearchPort search(LocalConfig config) {
    return config
        .dataDir()
        .map(dir -> LuceneSearch.inDirectory(dir.resolve("search")))
        .orElseGet(LuceneSearch::inMemory);
  }

  private static StoragePort storage(LocalConfig config) {
    return config
        .dataDir()
        .map(dir -> FsStorage.open(dir.resolve("storage")))
        .orElseGet(FsStorage::temporary);
  }

  private static JobStorePort queue(LocalConfig config) {
    return SqliteJobStore.open(config.dataDir().map(dir -> directory(dir).resolve(QUEUE_FILE)));
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
  }
}
