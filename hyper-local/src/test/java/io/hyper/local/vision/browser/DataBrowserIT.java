package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The data view with auth on: lists, pages, queries, edits, adds, deletes and indexes. */
class DataBrowserIT extends BrowserTestBase {
  private static final String XSS = "<img src=x onerror=\"window.__xss=1\">";

  @Override
  String domain() {
    return "shop";
  }

  @Override
  void seed() {
    assertThat(hyper.data().create().ok()).isTrue();
    for (int i = 1; i <= 30; i++) {
      String id = String.format("movie-%02d", i);
      hyper.data().add(Map.of("_id", id, "type", "movie", "title", "Movie " + i, "year", 1990 + i));
    }
    hyper.data().add(Map.of("_id", "xss", "type", "trap", "title", XSS));
  }

  @Test
  void listsTheSdksDocumentsAndPagesThroughThem() throws Exception {
    view("data/shop");
    shown(row("id", "movie-01"));
    awaitText(By.cssSelector("[data-testid='doc-count']"), "31 documents");
    type(By.id("list-limit"), "10");
    click(By.id("list-run"));
    wait.until(d -> d.findElements(By.cssSelector("[data-testid='docs'] tbody tr")).size() == 10);
    click(By.id("next-page"));
    shown(row("id", "movie-11"));
    assertThat(chromium.driver.findElements(row("id", "movie-01"))).isEmpty();
    type(By.id("list-startkey"), "movie-2");
    click(By.id("list-run"));
    shown(row("id", "movie-20"));
    type(By.id("list-startkey"), "");
    type(By.id("list-endkey"), "movie-05");
    click(By.id("list-descending"));
    click(By.id("list-run"));
    wait.until(d -> "movie-05".equals(firstRow()));
    click(By.id("list-descending"));
    type(By.id("list-endkey"), "");
    click(By.id("list-run"));
    wait.until(d -> "movie-01".equals(firstRow()));
    chromium.screenshot("data-light");
    click(By.id("theme"));
    chromium.screenshot("data-dark");
    click(By.id("theme"));
  }

  /** The id of the first row, read in one step (the table may be re-rendered meanwhile). */
  private String firstRow() {
    return (String)
        script(
            "const r = document.querySelector(\"[data-testid='docs'] tbody tr\");"
                + " return r ? r.dataset.id : null");
  }

  @Test
  void anEditInTheUiIsWhatTheSdkReads() {
    view("data/shop");
    click(By.cssSelector("tr[data-id='movie-03'] .id-link"));
    WebElement editor = shown(By.id("doc-editor"));
    assertThat(editor.getAttribute("value")).contains("\"title\": \"Movie 3\"");
    fill(
        By.id("doc-editor"),
        "{\"_id\":\"movie-03\",\"type\":\"movie\",\"title\":\"Edited in vision\",\"year\":1993}");
    modalButton("save");
    modalClosed();
    await()
        .atMost(PATIENCE)
        .until(() -> "Edited in vision".equals(hyper.data().get("movie-03").doc().get("title")));
  }

  @Test
  void aDocumentAddedInTheUiExistsAndOneDeletedIsGone() {
    view("data/shop");
    click(By.id("add-doc"));
    fill(By.id("new-doc"), "{\"_id\":\"added-in-ui\",\"type\":\"note\",\"n\":1}");
    modalButton("add");
    modalClosed();
    await().atMost(PATIENCE).until(() -> hyper.data().get("added-in-ui").ok());
    click(By.id("list-run"));
    click(By.cssSelector("tr[data-id='added-in-ui'] button[data-action='delete']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> hyper.data().get("added-in-ui").status() == 404);
    wait.until(d -> d.findElements(row("id", "added-in-ui")).isEmpty());
  }

  @Test
  void aQueryFindsWhatTheSdkFindsAndAFailedOneShowsHypersError() {
    view("data/shop");
    click(By.id("tab-query"));
    fill(By.id("query-selector"), "{\"year\": {\"$gte\": 2015}}");
    type(By.id("query-fields"), "_id, year");
    type(By.id("query-sort"), "[{\"year\":\"DESC\"}]");
    click(By.id("query-run"));
    int expected = hyper.data().query(Map.of("year", Map.of("$gte", 2015))).docs().size();
    assertThat(expected).isEqualTo(6);
    awaitText(By.cssSelector("[data-testid='query-count']"), expected + " matched");
    List<WebElement> rows =
        chromium.driver.findElements(By.cssSelector("[data-testid='query-results'] tbody tr"));
    assertThat(rows.get(0).getAttribute("data-id")).isEqualTo("movie-30");

    Map<String, Object> bad = Map.of("year", Map.of("$near", 3));
    var failed = hyper.data().query(bad);
    assertThat(failed.ok()).isFalse();
    type(By.id("query-sort"), "");
    fill(By.id("query-selector"), "{\"year\": {\"$near\": 3}}");
    chromium.driver.findElement(By.id("query-fields")).sendKeys(org.openqa.selenium.Keys.ENTER);
    awaitText(
        By.cssSelector("[data-testid='query-results'] [data-testid='error']"),
        failed.status() + " · " + failed.msg().orElseThrow());
  }

  @Test
  void aDocumentHoldingHtmlIsShownAsText() {
    view("data/shop");
    type(By.id("list-startkey"), "x");
    click(By.id("list-run"));
    WebElement trap = shown(row("id", "xss"));
    assertThat(trap.getText()).contains(XSS.replace("\"", "\\\""));
    assertThat(chromium.driver.findElements(By.cssSelector("main img"))).isEmpty();
    click(By.cssSelector("tr[data-id='xss'] .id-link"));
    assertThat(shown(By.id("doc-editor")).getAttribute("value")).contains("<img src=x");
    modalButton("close");
    assertThat(script("return window.__xss === undefined")).isEqualTo(true);
  }

  @Test
  void anIndexCreatedInTheUiIsListedAndKnownToTheServer() {
    view("data/shop");
    click(By.id("tab-indexes"));
    type(By.id("index-name"), "by-year");
    type(By.id("index-fields"), "year");
    click(By.id("index-create"));
    awaitText(By.cssSelector("[data-testid='indexes']"), "by-year");
    // The same name with other fields conflicts: the index exists on the server.
    assertThat(hyper.data().index("by-year", "title").status()).isEqualTo(409);
    assertThat(hyper.data().index("by-year", "year").ok()).isTrue();
    assertNoCredentialOutsideSessionStorage();
  }
}
