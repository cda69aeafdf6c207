package io.hyper.local.adapter.lucene;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
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
  public void create(String index, IndexDefinition definition) {
    synchronized (lifecycle) {
      if (find(index).isPresent()) {
        throw HyperError.conflict("index already exists");
      }
      try {
        open.put(index, LuceneIndex.create(directory(index), definition, root.isPresent()));
      } catch (IOException e) {
        throw ServerFaults.of("create the search index", e);
      }
    }
  }

  @Override
  public void destroy(String index) {
    synchronized (lifecycle) {
      index(index).close();
      open.remove(index);
      root.ifPresent(r -> deleteTree(r.resolve(IndexDirs.of(index))));
    }
  }

  @Override
  public void add(String index, Doc doc) {
    checkKey(doc.key());
    index(index).add(doc);
  }

  @Override
  public Optional<ObjectNode> get(String index, String key) {
    LuceneIndex found = index(index);
    return LuceneDocs.fits(key) ? found.get(key) : Optional.empty();
  }

  @Override
  public void upsert(String index, List<Doc> docs) {
    docs.forEach(doc -> checkKey(doc.key()));
    index(index).upsert(docs);
  }

  @Override
  public boolean remove(String index, String key) {
    LuceneIndex found = index(index);
    return LuceneDocs.fits(key) && found.remove(key);
  }

  @Override
  public List<Match> query(String index, SearchQuery query) {
    return index(index).query(query);
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

  private LuceneIndex index(String index) {
    return find(index).orElseThrow(() -> HyperError.notFound("index not found"));
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

  private static void checkKey(String key) {
    if (!LuceneDocs.fits(key)) {
      throw HyperError.unprocessable("key is longer than the 32766 UTF-8 bytes an index allows");
    }
  }

  private static void deleteTree(Path path) {
    try {
      IOUtils.rm(path);
    } catch (IOException e) {
      throw ServerFaults.of("delete the search index", e);
    }
  }
}
