package io.hyper.connect.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The upload {@code Content-Type} comes from the last extension of the name's last segment. */
class MediaTypesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "poster.png, image/png",
    "POSTER.PNG, image/png",
    "my.photo.jpg, image/jpeg",
    "backup.tar.gz, application/gzip",
    "data/report.json, application/json",
    "notes/readme.txt, text/plain",
    "site/app.js, text/javascript",
    "icons/logo.svg, image/svg+xml",
    "README, application/octet-stream",
    "dir.d/file, application/octet-stream",
    "trailing., application/octet-stream",
    "x.no-such-extension, application/octet-stream",
  })
  void mediaTypeOfTheLastExtension(String name, String mediaType) {
    assertThat(MediaTypes.of(name)).isEqualTo(mediaType);
  }
}
