package io.hyper.local.adapter.lucene;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.Match;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
final class LuceneIndex implements Closeable {
  private static final String DEFINITION = "hyper.definition";
  private static final Set<String> MATCH_FIELDS = Set.of(LuceneDocs.KEY, LuceneDocs.STORED);

  private final Directory directory;
  private final IndexDefinition definition;
  private final boolean durable;
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
  private final ReentrantLock writes = new ReentrantLock();
  private boolean closed;

  private LuceneIndex(
      Directory directory, IndexDefinition definition, boolean durable, boolean create)
      throws IOException {
    this.directory = directory;
    this.definition = definition;
    this.durable = durable;
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    this.writer = new IndexWriter(directory, config);
    try {
      writer.setLiveCommitData(
          Map.of(DEFINITION, Json.MAPPER.writeValueAsString(definition.toJson())).entrySet());
      if (create) {
        writer.commit();
      }
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer);
      throw e;
    }
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

  void add(Doc doc) {
    write(
        () -> {
          if (count(new TermQuery(LuceneDocs.key(doc.key()))) > 0) {
            throw HyperError.conflict("document conflict");
          }
          writer.addDocument(LuceneDocs.toLucene(doc.key(), doc.doc(), definition));
          return null;
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

  private long count(Query query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(query);
    } finally {
      searchers.release(searcher);
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
      T result = change.run();
      if (durable) {
        writer.commit();
      }
      searchers.maybeRefreshBlocking();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writes.unlock();
      gate.readLock().unlock();
    }
  }

  private <T> T read(SearchIo<T> search) {
    enter();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      gate.readLock().unlock();
    }
  }

  private void enter() {
    gate.readLock().lock();
    if (closed) {
      gate.readLock().unlock();
      throw HyperError.notFound("index not found");
    }
  }
}
