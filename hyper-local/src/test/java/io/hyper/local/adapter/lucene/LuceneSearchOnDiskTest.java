package io.hyper.local.adapter.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.core.Json;
import io.hyper.local.core.search.IndexDefinition;
import io.hyper.local.core.search.SearchQuery;
import io.hyper.local.port.SearchPort.Doc;
import io.hyper.local.port.SearchPort.Match;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchOnDiskTest {
  @TempDir Path root;

  @Test
  void restartKeepsTheIndexItsDefinitionAndItsDocuments() {
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      search.create("Movies/2024", new IndexDefinition(List.of("title"), List.of("title", "type")));
      search.add(
          "Movies/2024", new Doc("dune", Json.object().put("title", "Dune").put("type", "movie")));
      search.add("Movies/2024", new Doc("gone", Json.object().put("title", "Gone")));
      search.remove("Movies/2024", "gone");
    }
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      assertThat(search.get("Movies/2024", "dune").value().orElseThrow().get("title").stringValue())
          .isEqualTo("Dune");
      assertThat(search.get("Movies/2024", "gone").value()).isEmpty();
      List<Match> matches =
          search.query("Movies/2024", new SearchQuery("dune", Optional.empty(), Map.of())).value();
      assertThat(matches).hasSize(1);
      assertThat(matches.get(0).stored())
          .isEqualTo(Json.object().put("title", "Dune").put("type", "movie"));
      assertThat(search.create("Movies/2024", new IndexDefinition(List.of("x"), List.of())))
          .isFalse();
    }
  }

  @Test
  void eachIndexHasItsOwnSafeDirectoryAndDestroyRemovesIt() {
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      search.create("movies", new IndexDefinition(List.of("title"), List.of()));
      search.create("Movies", new IndexDefinition(List.of("title"), List.of()));
      search.create("../escape", new IndexDefinition(List.of("title"), List.of()));
      assertThat(root.resolve("movies")).isDirectory();
      assertThat(root.resolve("~4dovies")).isDirectory();
      assertThat(root.resolve("~2e~2e~2fescape")).isDirectory();
      assertThat(root.getParent().resolve("escape")).doesNotExist();
      search.destroy("Movies");
      assertThat(root.resolve("~4dovies")).doesNotExist();
      assertThat(root.resolve("movies")).isDirectory();
    }
  }

  @Test
  void destroyedIndexStaysGoneAfterARestart() {
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      search.create("movies", new IndexDefinition(List.of("title"), List.of()));
      search.destroy("movies");
    }
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      assertThat(search.get("movies", "x").isMissing()).isTrue();
    }
  }

  @Test
  void aDirectoryWithoutACommittedIndexIsNoIndex() throws Exception {
    Files.createDirectories(root.resolve("half"));
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      assertThat(search.get("half", "x").isMissing()).isTrue();
      search.create("half", new IndexDefinition(List.of("title"), List.of()));
      search.add("half", new Doc("k", Json.object().put("title", "t")));
      assertThat(search.get("half", "k").value()).isPresent();
    }
  }

  @Test
  void longNamesAreHashed() {
    String name = "x".repeat(300);
    try (LuceneSearch search = LuceneSearch.inDirectory(root)) {
      search.create(name, new IndexDefinition(List.of("title"), List.of()));
      assertThat(root.resolve("~~" + Sha256.hex(name))).isDirectory();
    }
  }
}
