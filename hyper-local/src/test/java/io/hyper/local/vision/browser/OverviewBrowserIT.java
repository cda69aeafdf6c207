package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * With auth off: the overview counts what the SDK made in every service, and each service's view
 * changes what the SDK then reads, with no sign-in at all.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class OverviewBrowserIT extends BrowserTestBase {
  @Override
  boolean auth() {
    return false;
  }

  @Override
  String domain() {
    return "shop";
  }

  @Override
  void seed() {
    hyper.data().create();
    for (int i = 1; i <= 4; i++) {
      hyper.data().add(Map.of("_id", "book-" + i, "type", "book", "title", "Book " + i));
    }
    hyper.cache().create();
    hyper.cache().set("cart-1", Map.of("items", 2), "1h");
    hyper.cache().set("cart-2", Map.of("items", 5));
    hyper.search().create(List.of("title"), List.of("title"));
    hyper.search().add("book-1", Map.of("title", "Book 1"));
    hyper.storage().create();
    hyper.storage().upload("covers/book-1.txt", "cover".getBytes(StandardCharsets.UTF_8));
    hyper.storage().upload("price-list.txt", "prices".getBytes(StandardCharsets.UTF_8));
    hyper.queue().create("http://127.0.0.1:9/never");
    hyper.withDomain("archive").data().create();
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void theOverviewCountsWhatTheSdkMade() throws Exception {
    view("");
    By shop = By.cssSelector("tr[data-domain='shop']");
    assertThat(shown(By.cssSelector("tr[data-domain='shop'] td[data-service='data']")).getText())
        .isEqualTo("4 docs");
    assertThat(shown(shop).getText()).contains("2 keys").contains("2 objects · 11 B");
    // one indexed document reads "1 doc", not "1 docs"
    assertThat(shown(By.cssSelector("tr[data-domain='shop'] td[data-service='search']")).getText())
        .isEqualTo("1 doc");
    assertThat(shown(By.cssSelector("tr[data-domain='archive'] td[data-service='data']")).getText())
        .isEqualTo("0 docs");
    assertThat(shown(By.cssSelector("[data-card='data']")).getText())
        .contains("4")
        .contains("2 databases");
    assertThat(chromium.driver.findElement(By.id("signout")).isDisplayed()).isFalse();
    chromium.screenshot("overview-light");
    click(By.id("theme"));
    wait.until(d -> "dark".equals(script("return document.documentElement.dataset.theme")));
    chromium.screenshot("overview-dark");
    chromium.size(400, 800);
    chromium.screenshot("overview-narrow");
    view("data/shop");
    shown(row("id", "book-1"));
    chromium.screenshot("data-narrow");
    chromium.size(1280, 800);
    click(By.id("theme"));
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void everyServiceChangesWithoutSignIn() {
    view("data/shop");
    click(By.cssSelector("tr[data-id='book-2'] .id-link"));
    fill(By.id("doc-editor"), "{\"_id\":\"book-2\",\"type\":\"book\",\"title\":\"Renamed\"}");
    modalButton("save");
    modalClosed();
    await()
        .atMost(PATIENCE)
        .until(() -> "Renamed".equals(hyper.data().get("book-2").doc().get("title")));

    view("cache/shop");
    click(By.cssSelector("tr[data-key='cart-2'] button[data-action='delete']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> hyper.cache().get("cart-2").status() == 404);

    view("search/shop");
    click(By.id("search-add"));
    type(By.id("search-key"), "book-9");
    fill(By.id("search-doc"), "{\"title\":\"Book 9\"}");
    modalButton("add");
    modalClosed();
    await().atMost(PATIENCE).until(() -> hyper.search().get("book-9").ok());

    view("storage/shop");
    click(By.cssSelector("tr[data-name='price-list.txt'] button[data-action='delete']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> !hyper.storage().download("price-list.txt").ok());

    hyper.queue().enqueue(Map.of("type", "ping"));
    view("queue/shop");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                !hyper.queue().queued().jobs().isEmpty()
                    || !hyper.queue().errors().jobs().isEmpty());
    String status = hyper.queue().queued().jobs().isEmpty() ? "ERROR" : "READY";
    click(By.id("status-" + status));
    click(By.cssSelector("[data-testid='jobs'] button[data-action='cancel']"));
    modalButton("ok");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                hyper.queue().queued().jobs().isEmpty() && hyper.queue().errors().jobs().isEmpty());
  }
}
