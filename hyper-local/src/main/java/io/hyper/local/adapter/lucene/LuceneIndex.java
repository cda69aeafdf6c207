package io.hyper.local.adapter.lucene;

import io.hyper.local.core.Json;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.Match;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * One open search index: a Lucene {@link IndexWriter} and a near-real-time {@link SearcherManager}
 * over one {@link Directory}.
 *
 * <p>Writes are serialised per index and refresh the searcher before they return, so the next read
 * sees them; in durable mode they are also committed (fsynced) first. The definition lives in the
 * commit's user data, so it is written atomically with the index. Reads run concurrently. {@link
 * #close} waits for running operations; operations after it fail with 404, as the index is gone for
 * them (destroyed or the server is stopping).
 *
 * <p>A write that fails on I/O (a full disk) is answered 507 or 500 ({@link ServerFaults}) and
 * rolled back to the last commit (durable mode), so it changed nothing; the writer is then opened
 * afresh, so that the next write works as soon as there is space again. Lucene closes a writer for
 * good after such a "tragic" failure; without the fresh one every later write would fail until a
 * restart. Reads go on meanwhile with the searcher they had.
 */
final class LuceneIndex implements Closeable {
  private static final System.Logger LOG = System.getLogger(LuceneIndex.class.getName());
  private static final String DEFINITION = "hyper.definition";
  private static final Set<String> MATCH_FIELDS = Set.of(LuceneDocs.KEY, LuceneDocs.STORED);

  private final Directory directory;
  private final IndexDefinition definition;
  private final boolean durable;
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
  private final ReentrantLock writes = new ReentrantLock();
  private boolean closed;

  private LuceneIndex(
      Directory directory, IndexDefinition definition, boolean durable, boolean create)
      throws IOException {
    this.directory = directory;
    this.definition = definition;
    this.durable = durable;
    IndexWriter opened = openWriter(create);
    try {
      if (create) {
        opened.commit();
      }
      this.searchers = new SearcherManager(opened, null);
      this.writer = opened;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(opened);
      throw e;
    }
  }

  /** A writer on the directory, which carries the definition into every commit. */
  private IndexWriter openWriter(boolean create) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    IndexWriter opened = new IndexWriter(directory, config);
    opened.setLiveCommitData(
        Map.of(DEFINITION, Json.MAPPER.writeValueAsString(definition.toJson())).entrySet());
    return opened;
  }

  /**
   * Creates a new, empty index in {@code directory}, replacing whatever half-written files it
   * holds. The directory is closed when this fails.
   *
   * @param durable commit every write to stable storage before acknowledging it
   */
  static LuceneIndex create(Directory directory, IndexDefinition definition, boolean durable)
      throws IOException {
    try {
      return new LuceneIndex(directory, definition, durable, true);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  /**
   * Opens the index committed in {@code directory}, with the definition it was created with. The
   * directory is closed when this fails.
   */
  static LuceneIndex open(Directory directory, boolean durable) throws IOException {
    try {
      String json = SegmentInfos.readLatestCommit(directory).getUserData().get(DEFINITION);
      if (json == null) {
        throw new IOException("not a hyper-local search index (no definition): " + directory);
      }
      return new LuceneIndex(
          directory, IndexDefinition.fromJson(Json.MAPPER.readTree(json)), durable, false);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  /** True when {@code directory} holds a committed index. */
  static boolean exists(Directory directory) throws IOException {
    return DirectoryReader.indexExists(directory);
  }

  /** Adds a document; false when its key is indexed already. */
  boolean add(Doc doc) {
    return write(
        () -> {
          if (count(new TermQuery(LuceneDocs.key(doc.key()))) > 0) {
            return false;
          }
          writer.addDocument(LuceneDocs.toLucene(doc.key(), doc.doc(), definition));
          return true;
        });
  }

  void upsert(List<Doc> docs) {
    write(
        () -> {
          for (Doc doc : docs) {
            writer.updateDocument(
                LuceneDocs.key(doc.key()), LuceneDocs.toLucene(doc.key(), doc.doc(), definition));
          }
          return null;
        });
  }

  boolean remove(String key) {
    return write(
        () -> {
          TermQuery byKey = new TermQuery(LuceneDocs.key(key));
          if (count(byKey) == 0) {
            return false;
          }
          writer.deleteDocuments(byKey);
          return true;
        });
  }

  Optional<ObjectNode> get(String key) {
    return read(
        searcher -> {
          TopDocs hits = searcher.search(new TermQuery(LuceneDocs.key(key)), 1);
          if (hits.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(
              LuceneDocs.source(
                  searcher
                      .storedFields()
                      .document(hits.scoreDocs[0].doc, Set.of(LuceneDocs.SOURCE))));
        });
  }

  List<Match> query(SearchQuery query) {
    Optional<Query> lucene = MatchQuery.build(query, definition, analyzer);
    if (lucene.isEmpty()) {
      return List.of();
    }
    return read(
        searcher -> {
          // Counting first sizes the top-n queue to the matches, not to the whole index.
          int count = searcher.count(lucene.get());
          if (count == 0) {
            return List.<Match>of();
          }
          ScoreDoc[] hits = searcher.search(lucene.get(), count).scoreDocs;
          // Stored fields are compressed in blocks of documents: read them in document order
          // (one pass over the blocks), answer in score order.
          Integer[] inDocOrder = new Integer[hits.length];
          Arrays.setAll(inDocOrder, i -> i);
          Arrays.sort(inDocOrder, Comparator.comparingInt(i -> hits[i].doc));
          StoredFields fields = searcher.storedFields();
          Match[] matches = new Match[hits.length];
          for (int i : inDocOrder) {
            Document stored = fields.document(hits[i].doc, MATCH_FIELDS);
            matches[i] =
                new Match(
                    stored.get(LuceneDocs.KEY), hits[i].score, LuceneDocs.storedFields(stored));
          }
          return Arrays.asList(matches);
        });
  }

  /** Commits (in durable mode) and closes; waits for operations in progress. */
  @Override
  public void close() {
    gate.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      IOUtils.close(searchers, writer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      gate.writeLock().unlock();
    }
  }

  /** What the index was created with. */
  IndexDefinition definition() {
    return definition;
  }

  /** How many documents the index holds. */
  long size() {
    return read(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  private long count(Query query) throws IOException {
    return onSearcher(searcher -> (long) searcher.count(query));
  }

  /**
   * Runs {@code search} on the current searcher, released afterwards to the manager it came from; a
   * manager replaced (and closed) meanwhile by {@link #reopen()} is passed over for the new one.
   */
  private <T> T onSearcher(SearchIo<T> search) throws IOException {
    SearcherManager manager = searchers;
    IndexSearcher searcher;
    while (true) {
      try {
        searcher = manager.acquire();
        break;
      } catch (AlreadyClosedException e) {
        if (manager == searchers) {
          throw e;
        }
        manager = searchers;
      }
    }
    try {
      return search.run(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  private interface Io<T> {
    T run() throws IOException;
  }

  private interface SearchIo<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T write(Io<T> change) {
    enter();
    writes.lock();
    try {
      if (!writer.isOpen()) {
        reopen(); // an earlier failure closed it; there may be space again
      }
      T result = change.run();
      if (durable) {
        writer.commit();
      }
      searchers.maybeRefreshBlocking();
      return result;
    } catch (IOException e) {
      recover();
      throw ServerFaults.of("write the search index", e);
    } catch (AlreadyClosedException e) {
      // Lucene closed the writer after a tragic failure; its cause says which.
      recover();
      throw ServerFaults.of("write the search index", new IOException(e.getMessage(), e));
    } finally {
      writes.unlock();
      gate.readLock().unlock();
    }
  }

  /**
   * After a failed write: drops what it left in the writer (durable mode: back to the last commit,
   * the last acknowledged write) and opens a fresh writer. When that fails too, the next write
   * tries again.
   */
  private void recover() {
    try {
      if (durable && writer.isOpen()) {
        writer.rollback();
      }
      if (!writer.isOpen()) {
        reopen();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "search index writer not reopened yet; the next write tries again", e);
    }
  }

  /** Replaces a closed writer and its searcher manager; searchers handed out stay valid. */
  private void reopen() throws IOException {
    IndexWriter fresh = openWriter(false);
    SearcherManager freshSearchers;
    try {
      freshSearchers = new SearcherManager(fresh, null);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(fresh);
      throw e;
    }
    SearcherManager old = searchers;
    writer = fresh;
    searchers = freshSearchers;
    IOUtils.closeWhileHandlingException(old);
  }

  private <T> T read(SearchIo<T> search) {
    enter();
    try {
      return onSearcher(search);
    } catch (IOException e) {
      throw ServerFaults.of("read the search index", e);
    } finally {
      gate.readLock().unlock();
    }
  }

  private void enter() {
    gate.readLock().lock();
    if (closed) {
      gate.readLock().unlock();
      throw new Gone();
    }
  }

  /** Thrown by a call on an index that was closed (destroyed) meanwhile; the caller reports it. */
  static final class Gone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Gone() {
      super("index closed", null, false, false);
    }
  }
}
