package io.hyper.local.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartTargetTest {
  @Test
  void urlPathWithFileNameLastSegmentKeepsOnlyItsFolder() {
    assertThat(
            MultipartTarget.objectPath(Optional.empty(), Optional.of("foo/bar.jpg"), "actual.jpg"))
        .isEqualTo("foo/actual.jpg");
  }

  @Test
  void pathFieldIsTheFolderAtTheBucketRoot() {
    assertThat(MultipartTarget.objectPath(Optional.of("x/y"), Optional.empty(), "a.png"))
        .isEqualTo("x/y/a.png");
  }

  @Test
  void pathFieldWinsOverUrlPathAndLosesItsTrailingSlash() {
    assertThat(MultipartTarget.objectPath(Optional.of("x/y/"), Optional.of("u/v"), "a.png"))
        .isEqualTo("x/y/a.png");
  }

  @Test
  void noFolderMeansJustTheFileName() {
    assertThat(MultipartTarget.objectPath(Optional.empty(), Optional.empty(), "a.png"))
        .isEqualTo("a.png");
    assertThat(MultipartTarget.objectPath(Optional.of(""), Optional.of(""), "a.png"))
        .isEqualTo("a.png");
  }

  @Test
  void folderPartsOfTheFileNameAreDropped() {
    assertThat(MultipartTarget.objectPath(Optional.empty(), Optional.empty(), "c:\\tmp\\a.png"))
        .isEqualTo("a.png");
    assertThat(MultipartTarget.objectPath(Optional.empty(), Optional.empty(), "foo/bar.png"))
        .isEqualTo("bar.png");
  }

  @Test
  void dotDotAsLastFolderSegmentIsKeptSoTheNameCheckRefusesIt() {
    assertThat(MultipartTarget.objectPath(Optional.of("a/.."), Optional.empty(), "x.png"))
        .isEqualTo("a/../x.png");
  }
}
