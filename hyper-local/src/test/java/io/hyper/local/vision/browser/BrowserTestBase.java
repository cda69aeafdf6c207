package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.local.HyperLocal;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One hyper-local, one hyper-connect client and one Chromium per test class: the server runs with
 * auth on unless a class says otherwise, and the browser signs in once through the UI's dialog with
 * the connection string, as a developer would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
  static final String KEY = "vision-app";
  static final String SECRET = "vision-secret-123";

  /** Generous: this machine is shared and loaded. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  /** On a failure, a screenshot and the page's text, to see what the browser saw. */
  @org.junit.jupiter.api.extension.RegisterExtension
  final org.junit.jupiter.api.extension.TestWatcher onFailure =
      new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(
            org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
          if (chromium == null) {
            return;
          }
          try {
            chromium.screenshot("failed-" + context.getRequiredTestMethod().getName());
            System.err.println(
                "page at failure ("
                    + chromium.driver.getCurrentUrl()
                    + "):\n"
                    + chromium.driver.findElement(By.tagName("body")).getText());
          } catch (IOException | RuntimeException e) {
            System.err.println("could not record the page: " + e);
          }
        }
      };

  HyperLocal server;
  Hyper hyper;
  Chromium chromium;
  WebDriverWait wait;

  /** True to run this class with app-key auth on. */
  boolean auth() {
    return true;
  }

  /** The domain this class's data lives in. */
  abstract String domain();

  /** Sets server options beyond auth; none by default. */
  void configure(HyperLocal.Builder builder) {}

  /** Creates what the class's tests need through the SDK, before the browser opens. */
  abstract void seed();

  @BeforeAll
  void startAll() throws IOException {
    HyperLocal.Builder builder = HyperLocal.builder();
    if (auth()) {
      builder.appKey(KEY, SECRET);
    }
    configure(builder);
    server = builder.start();
    hyper = Hyper.connect(server.connectionString(domain()));
    seed();
    chromium = Chromium.start();
    wait = new WebDriverWait(chromium.driver, PATIENCE);
    // A view re-renders its table when a load completes; a wait retries rather than failing.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    chromium.driver.get(server.visionUrl().orElseThrow());
    chromium.size(1280, 800);
    if (auth()) {
      signIn(server.connectionString(domain()));
    }
    shown(By.cssSelector("[data-card='data']"));
  }

  @AfterAll
  void stopAll() throws IOException {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (hyper != null) {
        hyper.close();
      }
      if (server != null) {
        server.close();
      }
    }
  }

  /** Signs in through the dialog the UI opens on its first 401. */
  void signIn(String connectionString) {
    WebElement field = shown(By.id("signin-cs"));
    wait.until(d -> field.isDisplayed());
    field.clear();
    field.sendKeys(connectionString, Keys.ENTER);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("signin")));
  }

  private int loads;

  /**
   * Opens a view afresh: {@code view("data/shop")}. The query string changes on every call, so the
   * page reloads even when only the hash would (a same-document navigation keeps the old state).
   */
  void view(String hash) {
    chromium.driver.get(server.visionUrl().orElseThrow() + "?load=" + ++loads + "#/" + hash);
  }

  /** Waits for an element to be shown. */
  WebElement shown(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until an element's text contains {@code text}. */
  WebElement awaitText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return chromium.driver.findElement(by);
  }

  /** Clicks once it can be clicked. */
  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** Replaces the text of a field. */
  void type(By by, String text) {
    WebElement field = shown(by);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /** Sets a textarea's value directly (typing JSON into it is slow and auto-indents nothing). */
  void fill(By by, String text) {
    WebElement field = shown(by);
    ((JavascriptExecutor) chromium.driver)
        .executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
            field,
            text);
  }

  /** Clicks a button of the open modal by its action ({@code save}, {@code ok}, …). */
  void modalButton(String action) {
    click(By.cssSelector("#modal[open] button[data-action='" + action + "']"));
  }

  /** Waits for the modal to close. */
  void modalClosed() {
    wait.until(
        d ->
            !(Boolean)
                ((JavascriptExecutor) d)
                    .executeScript("return document.getElementById('modal').open"));
  }

  /** The row of a table whose {@code data-*} attribute has a value. */
  By row(String attribute, String value) {
    return By.cssSelector("tr[data-" + attribute + "='" + value + "']");
  }

  /** Runs a script in the page. */
  Object script(String js, Object... args) {
    return ((JavascriptExecutor) chromium.driver).executeScript(js, args);
  }

  /** Checks that the page keeps credentials only in sessionStorage and never in the URL. */
  void assertNoCredentialOutsideSessionStorage() {
    assertThat(chromium.driver.getCurrentUrl()).doesNotContain(SECRET);
    Object local = script("return JSON.stringify(Object.assign({}, localStorage))");
    assertThat((String) local).doesNotContain(SECRET);
    @SuppressWarnings("unchecked")
    List<Object> urls =
        (List<Object>) script("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(urls).allSatisfy(u -> assertThat(String.valueOf(u)).doesNotContain(SECRET));
  }
}
