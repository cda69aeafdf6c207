package io.hyper.local.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a.png | image/png",
        "dir/b.JPG | image/jpeg",
        "c.jpeg | image/jpeg",
        "notes.txt | text/plain; charset=UTF-8",
        "data.json | application/json; charset=UTF-8",
        "feed.xml | application/xml; charset=UTF-8",
        "app.js | application/javascript; charset=UTF-8",
        "index.html | text/html; charset=UTF-8",
        "my.photo.jpg | image/jpeg",
        "archive.tar.gz | application/gzip",
        "doc.pdf | application/pdf",
        "README | application/octet-stream",
        "weird. | application/octet-stream",
        "x.unknownext | application/octet-stream",
        "dir.png/file | application/octet-stream"
      })
  void mediaTypeComesFromTheLastExtensionOfTheLastSegment(String path, String type) {
    assertThat(MediaTypes.of(path)).isEqualTo(type);
  }
}
