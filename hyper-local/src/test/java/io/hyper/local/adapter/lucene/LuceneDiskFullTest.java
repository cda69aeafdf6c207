package io.hyper.local.adapter.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.ServerFaults;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.Match;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search index on a disk that fills up: the write that hits it is 507 and changes nothing, reads
 * keep working, and writes work again once there is space, without a restart.
 */
class LuceneDiskFullTest {
  @TempDir Path dir;
  private final AtomicBoolean full = new AtomicBoolean();
  private LuceneIndex index;

  @BeforeEach
  void create() throws IOException {
    Directory disk = new FullDisk(FSDirectory.open(dir), full);
    index = LuceneIndex.create(disk, new IndexDefinition(List.of("title"), List.of("title")), true);
  }

  @AfterEach
  void close() {
    full.set(false);
    index.close();
  }

  @Test
  void aFullDiskIs507AndWritesRecoverOnceThereIsSpace() {
    index.add(doc("1", "alien"));
    full.set(true);
    assertDiskFull(() -> index.add(doc("2", "aliens")));
    assertDiskFull(
        () -> index.upsert(List.of(doc("3", "alien 3"), doc("4", "alien resurrection"))));
    assertDiskFull(() -> index.remove("1"));

    assertThat(keys("alien"))
        .as("reads go on, and the failed writes changed nothing")
        .containsExactly("1");

    full.set(false);
    index.add(doc("2", "aliens"));
    index.upsert(List.of(doc("3", "alien 3")));
    assertThat(keys("alien aliens 3")).containsExactlyInAnyOrder("1", "2", "3");
    assertThat(index.remove("1")).isTrue();
    assertThat(keys("alien aliens 3")).containsExactlyInAnyOrder("2", "3");
  }

  @Test
  void theIndexReopenedFromDiskHasExactlyTheAcknowledgedWrites() throws IOException {
    index.add(doc("1", "alien"));
    full.set(true);
    assertDiskFull(() -> index.add(doc("2", "alien")));
    full.set(false);
    index.add(doc("3", "alien"));
    index.close();
    index = LuceneIndex.open(FSDirectory.open(dir), true);
    assertThat(keys("alien")).containsExactlyInAnyOrder("1", "3");
  }

  private static void assertDiskFull(Runnable write) {
    assertThatThrownBy(write::run)
        .isInstanceOfSatisfying(
            HyperError.class,
            e -> {
              assertThat(e.status()).isEqualTo(507);
              assertThat(e.msg()).isEqualTo(ServerFaults.DISK_FULL);
            });
  }

  private List<String> keys(String text) {
    return index.query(new SearchQuery(text, Optional.empty(), Map.of())).stream()
        .map(Match::id)
        .toList();
  }

  private static Doc doc(String key, String title) {
    return new Doc(key, Json.object().put("title", title));
  }

  /** A directory whose new files fail as the JDK does on a full disk while {@code full} is set. */
  private static final class FullDisk extends FilterDirectory {
    private final AtomicBoolean full;

    FullDisk(Directory in, AtomicBoolean full) {
      super(in);
      this.full = full;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return failing(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return failing(super.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput failing(IndexOutput out) {
      return new FilterIndexOutput("full disk(" + out + ")", out.getName(), out) {
        @Override
        public void writeByte(byte b) throws IOException {
          check();
          super.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          check();
          super.writeBytes(b, offset, length);
        }
      };
    }

    private void check() throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device");
      }
    }
  }
}
