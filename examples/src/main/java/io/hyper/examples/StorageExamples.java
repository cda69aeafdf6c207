package io.hyper.examples;

import io.hyper.connect.Hyper;
import io.hyper.connect.storage.DownloadResult;
import io.hyper.connect.storage.SignedUrlType;
import io.hyper.connect.storage.UrlResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The storage service: upload, download (streamed), signed URLs, remove. */
final class StorageExamples {
  private StorageExamples() {}

  static void run(Hyper hyper) {
    Show.heading("storage");
    try {
      Path file = Files.createTempFile("hyper-example", ".txt");
      Files.writeString(file, "hello from hyper-connect for Java\n");
      Show.ok("hyper.storage.upload (a file)", hyper.storage().upload("docs/hello.txt", file));
      Show.ok(
          "hyper.storage.upload (bytes)",
          hyper.storage().upload("docs/notes.md", "# notes\n".getBytes(StandardCharsets.UTF_8)));

      try (DownloadResult download =
              Show.ok("hyper.storage.download", hyper.storage().download("docs/hello.txt"));
          InputStream body = download.body()) {
        Show.note("content: " + new String(body.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
      Path copy = Files.createTempFile("hyper-example", ".copy");
      Show.ok(
          "hyper.storage.download (to a file)", hyper.storage().download("docs/hello.txt", copy));
      Show.note("saved " + Files.size(copy) + " bytes to " + copy);

      UrlResult url =
          Show.ok(
              "hyper.storage.signedUrl (download)",
              hyper.storage().signedUrl("docs/hello.txt", SignedUrlType.DOWNLOAD));
      HttpResponse<String> fetched =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(url.url()).build(), HttpResponse.BodyHandlers.ofString());
      Show.note(
          "GET on the signed URL, no credentials: "
              + fetched.statusCode()
              + " "
              + fetched.body().strip());

      Show.result(
          "hyper.storage.download of a missing object", hyper.storage().download("docs/none.txt"));
      Show.ok("hyper.storage.remove", hyper.storage().remove("docs/hello.txt"));
      Show.ok("hyper.storage.remove", hyper.storage().remove("docs/notes.md"));
      Files.delete(file);
      Files.delete(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
