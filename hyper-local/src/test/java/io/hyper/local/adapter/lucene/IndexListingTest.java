package io.hyper.local.adapter.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.IndexInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hyper vision's index listing: open indexes, and on disk those of an earlier run. */
class IndexListingTest {
  @TempDir Path root;

  private static final IndexDefinition DEFINITION =
      new IndexDefinition(List.of("title"), List.of("title", "type"));

  @Test
  void indexesOfAnEarlierRunAreListedWithTheirDefinitionAndSize() throws Exception {
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      search.create("Movies ünd more", DEFINITION);
      search.create("books", DEFINITION);
      search.add("books", new Doc("b1", Json.object().put("title", "Dune")));
      search.add("books", new Doc("b2", Json.object().put("title", "Emma")));
    }
    Files.createDirectories(root.resolve("not an index"));
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      List<IndexInfo> indexes = search.indexes();
      assertThat(indexes).extracting(IndexInfo::name).containsExactly("Movies ünd more", "books");
      assertThat(indexes.get(1).docs()).isEqualTo(2);
      assertThat(indexes.get(1).definition()).isEqualTo(DEFINITION);
      assertThat(indexes.get(0).docs()).isZero();
    }
  }

  @Test
  void inMemoryIndexesAreListedAndADestroyedOneIsNot() {
    try (LuceneSearch search = LuceneSearch.inMemory()) {
      assertThat(search.indexes()).isEmpty();
      search.create("a", DEFINITION);
      search.create("b", DEFINITION);
      search.destroy("a");
      assertThat(search.indexes()).extracting(IndexInfo::name).containsExactly("b");
    }
  }

  @Test
  void directoryNamesReadBackToTheirIndexNames() {
    for (String name : List.of("movies", "Movies", "a b/c~d", "ünïcødé", "x".repeat(150))) {
      assertThat(IndexDirs.name(IndexDirs.of(name))).contains(name);
    }
    assertThat(IndexDirs.name(IndexDirs.of("y".repeat(300)))).isEmpty();
    assertThat(IndexDirs.name("Upper")).isEmpty();
    assertThat(IndexDirs.name("~zz")).isEmpty();
    assertThat(IndexDirs.name("~4")).isEmpty();
  }
}
