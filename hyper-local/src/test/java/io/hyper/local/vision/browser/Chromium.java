package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium from the distribution's packages, driven through its own chromedriver (set
 * explicitly, so Selenium Manager never downloads anything), with a fresh profile. Without them a
 * test fails and says what to install.
 */
final class Chromium implements AutoCloseable {
  /** Where the screenshots go. */
  static final Path SHOTS = Path.of("target", "vision-screenshots");

  private static final String BINARY = System.getProperty("vision.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("vision.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium at 1280×800, or fails saying what is missing. */
  static Chromium start() throws IOException {
    List<String> missing =
        java.util.stream.Stream.of(BINARY, DRIVER)
            .filter(p -> !Files.isExecutable(Path.of(p)))
            .toList();
    if (!missing.isEmpty()) {
      fail(
          "hyper vision's browser tests need Chromium and its driver, missing: "
              + missing
              + ". Install them with: apt-get install -y chromium chromium-driver"
              + " (or point -Dvision.chromium and -Dvision.chromedriver at others), or run"
              + " the build without -Pbrowser.");
    }
    Path profile = Files.createTempDirectory("vision-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Chromium(driver, profile);
  }

  /** Resizes the window so that the page's viewport is {@code width × height}. */
  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    long innerWidth = (Long) driver.executeScript("return window.innerWidth");
    long innerHeight = (Long) driver.executeScript("return window.innerHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension((int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
  }

  /** Saves a PNG of what the page shows now as {@code target/vision-screenshots/<name>.png}. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Quits Chromium and deletes its profile. */
  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
