package io.hyper.local.adapter.lucene;

import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.AddOutcome;
import io.hyper.local.port.Scoped;
import io.hyper.local.port.SearchPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search engine on Apache Lucene: one index per search index, in memory or in its own directory
 * {@code <root>/<name>} (see {@link IndexDirs} for how names are escaped).
 *
 * <p>On disk, an index is opened when it is first used after a start, and every write is committed
 * before it is acknowledged. Creating, opening and destroying indexes is serialised; document
 * operations on different indexes, and reads on one index, run in parallel. Thread-safe.
 */
public final class LuceneSearch implements SearchPort {
  private final Optional<Path> root;
  private final ConcurrentMap<String, LuceneIndex> open = new ConcurrentHashMap<>();
  private final Object lifecycle = new Object();

  private LuceneSearch(Optional<Path> root) {
    this.root = root;
  }

  /** An engine that keeps its indexes in memory; they are gone when it closes. */
  public static LuceneSearch inMemory() {
    return new LuceneSearch(Optional.empty());
  }

  /**
   * An engine that keeps each index in a directory under {@code root} (created when missing) and
   * finds the indexes of earlier runs there.
   */
  public static LuceneSearch inDirectory(Path root) {
    return new LuceneSearch(Optional.of(Objects.requireNonNull(root, "root")));
  }

  @Override
  public boolean create(String index, IndexDefinition definition) {
    synchronized (lifecycle) {
      if (find(index).isPresent()) {
        return false;
      }
      try {
        open.put(index, LuceneIndex.create(directory(index), definition, root.isPresent()));
      } catch (IOException e) {
        throw ServerFaults.of("create the search index", e);
      }
      return true;
    }
  }

  @Override
  public boolean destroy(String index) {
    synchronized (lifecycle) {
      Optional<LuceneIndex> found = find(index);
      if (found.isEmpty()) {
        return false;
      }
      found.get().close();
      open.remove(index);
      root.ifPresent(r -> deleteTree(r.resolve(IndexDirs.of(index))));
      return true;
    }
  }

  @Override
  public AddOutcome add(String index, Doc doc) {
    if (!LuceneDocs.fits(doc.key())) {
      throw new IllegalArgumentException("the core lets no key past the index's limit");
    }
    Scoped<Boolean> added = on(index, found -> found.add(doc));
    if (added.isMissing()) {
      return AddOutcome.NO_CONTAINER;
    }
    return added.value() ? AddOutcome.ADDED : AddOutcome.KEY_EXISTS;
  }

  @Override
  public Scoped<Optional<ObjectNode>> get(String index, String key) {
    return on(index, found -> LuceneDocs.fits(key) ? found.get(key) : Optional.empty());
  }

  @Override
  public boolean upsert(String index, List<Doc> docs) {
    for (Doc doc : docs) {
      if (!LuceneDocs.fits(doc.key())) {
        throw new IllegalArgumentException("the core lets no key past the index's limit");
      }
    }
    return !on(
            index,
            found -> {
              found.upsert(docs);
              return true;
            })
        .isMissing();
  }

  @Override
  public Scoped<Boolean> remove(String index, String key) {
    return on(index, found -> LuceneDocs.fits(key) && found.remove(key));
  }

  @Override
  public Scoped<List<Match>> query(String index, SearchQuery query) {
    return on(index, found -> found.query(query));
  }

  /** Runs {@code call} on the index, or says it is missing (also when destroyed meanwhile). */
  private <T> Scoped<T> on(String index, Function<LuceneIndex, T> call) {
    Optional<LuceneIndex> found = find(index);
    if (found.isEmpty()) {
      return Scoped.missing();
    }
    try {
      return Scoped.of(call.apply(found.get()));
    } catch (LuceneIndex.Gone e) {
      return Scoped.missing();
    }
  }

  /**
   * Every index: those open, and on disk those of earlier runs whose directory name can be read
   * back ({@link IndexDirs#name}); an index with a hashed directory name is listed once it has been
   * used in this run.
   */
  @Override
  public List<IndexInfo> indexes() {
    java.util.SortedSet<String> names = new java.util.TreeSet<>(open.keySet());
    root.ifPresent(
        r -> {
          try (java.util.stream.Stream<Path> dirs = Files.list(r)) {
            dirs.filter(Files::isDirectory)
                .map(d -> IndexDirs.name(d.getFileName().toString()))
                .flatMap(Optional::stream)
                .forEach(names::add);
          } catch (java.nio.file.NoSuchFileException e) {
            // no index was ever created here
          } catch (IOException e) {
            throw ServerFaults.of("list the search indexes", e);
          }
        });
    List<IndexInfo> infos = new ArrayList<>();
    for (String name : names) {
      find(name)
          .ifPresent(index -> infos.add(new IndexInfo(name, index.definition(), index.size())));
    }
    return infos;
  }

  /** Closes every open index; on disk they stay as committed. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      List<LuceneIndex> all = new ArrayList<>(open.values());
      open.clear();
      try {
        IOUtils.close(all);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The open index, or the one on disk opened now, or empty. */
  private Optional<LuceneIndex> find(String index) {
    LuceneIndex found = open.get(index);
    if (found != null || root.isEmpty()) {
      return Optional.ofNullable(found);
    }
    synchronized (lifecycle) {
      found = open.get(index);
      if (found != null) {
        return Optional.of(found);
      }
      Path path = root.get().resolve(IndexDirs.of(index));
      if (!Files.isDirectory(path)) {
        return Optional.empty();
      }
      try {
        Directory directory = FSDirectory.open(path);
        if (!LuceneIndex.exists(directory)) {
          directory.close();
          return Optional.empty();
        }
        found = LuceneIndex.open(directory, true);
        open.put(index, found);
        return Optional.of(found);
      } catch (IOException e) {
        throw ServerFaults.of("open the search index", e);
      }
    }
  }

  private Directory directory(String index) throws IOException {
    if (root.isEmpty()) {
      return new ByteBuffersDirectory();
    }
    Path path = root.get().resolve(IndexDirs.of(index));
    Files.createDirectories(path);
    return FSDirectory.open(path);
  }

  private static void deleteTree(Path path) {
    try {
      IOUtils.rm(path);
    } catch (IOException e) {
      throw ServerFaults.of("delete the search index", e);
    }
  }
}
