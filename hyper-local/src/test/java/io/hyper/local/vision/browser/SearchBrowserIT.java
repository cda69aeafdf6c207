package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The search view with auth on: queries with fields and filter, scores, adds and removals. */
class SearchBrowserIT extends BrowserTestBase {
  @Override
  String domain() {
    return "movies";
  }

  @Override
  void seed() {
    assertThat(hyper.search().create(List.of("title", "plot"), List.of("title", "type")).ok())
        .isTrue();
    hyper
        .search()
        .add("m1", Map.of("title", "Ghostbusters", "plot", "ghosts in New York", "type", "film"));
    hyper.search().add("m2", Map.of("title", "Ghost", "plot", "a love story", "type", "film"));
    hyper.search().add("s1", Map.of("title", "Ghost Stories", "plot", "tales", "type", "series"));
  }

  @Test
  void aQueryShowsMatchesWithScoresAndStoredFields() throws Exception {
    view("search/movies");
    assertThat(shown(By.cssSelector("[data-testid='index-fields']")).getText())
        .contains("fields: title, plot")
        .contains("stored: title, type");
    type(By.id("search-query"), "ghost");
    chromium.driver.findElement(By.id("search-query")).sendKeys(Keys.ENTER);
    shown(row("id", "m2"));
    assertThat(shown(row("id", "m2")).getText())
        .contains("\"title\":\"Ghost\"")
        .containsPattern("\\d\\.\\d{3}");
    type(By.id("search-filter"), "{\"type\":\"series\"}");
    click(By.id("search-run"));
    wait.until(d -> d.findElements(row("id", "m2")).isEmpty());
    shown(row("id", "s1"));
    int sdk =
        hyper
            .search()
            .query(
                "ghost",
                io.hyper.connect.search.SearchQueryOptions.builder()
                    .filter(Map.of("type", "series"))
                    .build())
            .matches()
            .size();
    assertThat(chromium.driver.findElements(By.cssSelector("[data-testid='matches'] tbody tr")))
        .hasSize(sdk);
    chromium.screenshot("search-light");
  }

  @Test
  void aDocumentIndexedInTheUiIsFoundByTheSdkAndOneRemovedIsNot() {
    view("search/movies");
    click(By.id("search-add"));
    type(By.id("search-key"), "m9");
    fill(
        By.id("search-doc"),
        "{\"title\":\"Vision Quest\",\"plot\":\"wrestling\",\"type\":\"film\"}");
    modalButton("add");
    modalClosed();
    await().atMost(PATIENCE).until(() -> hyper.search().get("m9").ok());
    type(By.id("search-query"), "wrestling");
    click(By.id("search-run"));
    click(By.cssSelector("tr[data-id='m9'] button[data-action='delete']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> hyper.search().get("m9").status() == 404);
    assertThat(hyper.search().query("wrestling").matches()).isEmpty();
  }
}
