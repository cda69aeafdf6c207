package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The cache view with auth on: keys by glob with ttls, set and delete. */
class CacheBrowserIT extends BrowserTestBase {
  @Override
  String domain() {
    return "sessions";
  }

  @Override
  void seed() {
    assertThat(hyper.cache().create().ok()).isTrue();
    hyper.cache().set("user-1", Map.of("name", "Ada"), "10m");
    hyper.cache().set("user-2", Map.of("name", "Grace"));
    hyper.cache().set("cart-1", Map.of("items", 3), "1h");
    hyper.cache().set("user-3", Map.of("name", "Barbara"));
  }

  @Test
  void keysMatchingAGlobShowTheirValuesAndRemainingTtl() throws Exception {
    view("cache/sessions");
    shown(row("key", "cart-1"));
    type(By.id("cache-pattern"), "user*");
    chromium.driver.findElement(By.id("cache-pattern")).sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(d -> d.findElements(row("key", "cart-1")).isEmpty());
    assertThat(shown(row("key", "user-1")).getText()).contains("\"name\":\"Ada\"");
    String left =
        chromium.driver.findElement(By.cssSelector("tr[data-key='user-1'] td[data-ttl]")).getText();
    assertThat(left).matches("(9m|10m)( \\d+s)?");
    assertThat(
            chromium
                .driver
                .findElement(By.cssSelector("tr[data-key='user-3'] td[data-ttl]"))
                .getText())
        .isEqualTo("no expiry");
    chromium.screenshot("cache-light");
  }

  @Test
  void aValueEditedInTheUiIsWhatTheSdkReads() {
    view("cache/sessions");
    click(By.cssSelector("tr[data-key='user-2'] button[data-action='edit']"));
    fill(By.id("cache-value"), "{\"name\":\"Grace Hopper\"}");
    type(By.id("cache-ttl"), "5m");
    modalButton("save");
    modalClosed();
    await()
        .atMost(PATIENCE)
        .until(() -> "Grace Hopper".equals(hyper.cache().get("user-2").doc().get("name")));
    wait.until(
        d ->
            d.findElement(By.cssSelector("tr[data-key='user-2'] td[data-ttl]"))
                .getText()
                .matches("[45]m.*"));
  }

  @Test
  void aKeySetInTheUiExistsAndOneDeletedIsGone() {
    view("cache/sessions");
    click(By.id("set-key"));
    type(By.id("cache-key"), "from-ui");
    fill(By.id("cache-value"), "{\"made\":\"in vision\"}");
    modalButton("save");
    modalClosed();
    await().atMost(PATIENCE).until(() -> hyper.cache().get("from-ui").ok());
    click(By.cssSelector("tr[data-key='from-ui'] button[data-action='delete']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> hyper.cache().get("from-ui").status() == 404);
  }
}
