package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hyper.connect.storage.DownloadResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The storage view with auth on: folders, previews, uploads (picker, drop), deletes, signed URLs.
 */
class StorageBrowserIT extends BrowserTestBase {
  /** A 2×2 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNk+M/AwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

  @Override
  String domain() {
    return "files";
  }

  @Override
  void seed() {
    assertThat(hyper.storage().create().ok()).isTrue();
    hyper.storage().upload("readme.txt", "hello from the sdk".getBytes(StandardCharsets.UTF_8));
    hyper.storage().upload("img/logo.png", PNG);
    hyper.storage().upload("docs/a/deep.txt", "deep".getBytes(StandardCharsets.UTF_8));
  }

  private String download(String name) throws Exception {
    try (DownloadResult result = hyper.storage().download(name)) {
      return result.ok() ? new String(result.body().readAllBytes(), StandardCharsets.UTF_8) : null;
    }
  }

  @Test
  void foldersAreFoldersAndObjectsPreviewAsImageOrText() throws Exception {
    view("storage/files");
    shown(By.cssSelector("tr[data-name='docs'][data-folder='true']"));
    shown(By.cssSelector("tr[data-name='readme.txt']"));
    assertThat(shown(By.cssSelector("tr[data-name='readme.txt']")).getText()).contains("18 B");
    chromium.screenshot("storage-light");
    click(By.cssSelector("tr[data-name='readme.txt'] button[data-action='preview']"));
    assertThat(shown(By.id("preview-text")).getText()).isEqualTo("hello from the sdk");
    modalButton("close");
    modalClosed();
    click(By.cssSelector("tr[data-name='img'] a"));
    click(By.cssSelector("tr[data-name='logo.png'] button[data-action='preview']"));
    shown(By.id("preview-image"));
    wait.until(
        d ->
            ((Number) script("return document.getElementById('preview-image').naturalWidth"))
                    .intValue()
                == 2);
    assertThat(shown(By.id("preview-image")).getAttribute("src")).startsWith("blob:");
    modalButton("close");
  }

  @Test
  void aFileChosenInThePickerIsUploadedIntoTheFolder() throws Exception {
    Path file = Files.createTempFile("picked-", ".txt");
    Files.writeString(file, "picked in the browser");
    view("storage/files/docs");
    shown(By.cssSelector("tr[data-name='a']"));
    chromium.driver.findElement(By.id("upload-file")).sendKeys(file.toString());
    String name = "docs/" + file.getFileName();
    await().atMost(PATIENCE).until(() -> "picked in the browser".equals(download(name)));
    shown(By.cssSelector("tr[data-name='" + file.getFileName() + "']"));
    Files.delete(file);
  }

  @Test
  void aDroppedFileIsUploadedAndADeletedOneIsGone() throws Exception {
    view("storage/files");
    shown(By.id("drop-zone"));
    script(
        "const dt = new DataTransfer();"
            + "dt.items.add(new File(['dropped text'], 'dropped.txt', {type: 'text/plain'}));"
            + "document.getElementById('drop-zone').dispatchEvent("
            + "new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));");
    await().atMost(PATIENCE).until(() -> "dropped text".equals(download("dropped.txt")));
    click(By.cssSelector("tr[data-name='dropped.txt'] button[data-action='delete']"));
    modalButton("ok");
    await().atMost(PATIENCE).until(() -> download("dropped.txt") == null);
  }

  @Test
  void aSignedUrlDownloadsTheObjectWithoutAnyOtherCredential() throws Exception {
    view("storage/files");
    click(By.cssSelector("tr[data-name='readme.txt'] button[data-action='signed-url']"));
    String url = shown(By.id("signed-url")).getAttribute("value");
    assertThat(url).startsWith(server.url()).doesNotContain(SECRET);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hello from the sdk");
    modalButton("close");
    assertNoCredentialOutsideSessionStorage();
  }
}
