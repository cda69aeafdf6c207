package io.hyper.local.core.storage;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageNamesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a.txt",
        "a..b.txt",
        "..a",
        "a..",
        "dir/sub dir/x.png",
        ".hidden",
        "a/.b/c",
        "ünïcødé/文件.txt",
        "a+b%20c"
      })
  void safeObjectPathsPass(String path) {
    assertThat(StorageNames.objectPath(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "..",
        "../x",
        "a/../../x",
        "a/..",
        "./a",
        "a/./b",
        "/etc/passwd",
        "a//b",
        "a/",
        "a\\b",
        "..\\x",
        "a\0b",
        "a\nb"
      })
  void unsafeObjectPathsAre400(String path) {
    assertStatus(400, () -> StorageNames.objectPath(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"photos", "my-bucket_1", "a.b", "x~y"})
  void safeBucketNamesPass(String bucket) {
    assertThat(StorageNames.bucket(bucket)).isEqualTo(bucket);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "a\\b", "..", ".", "a..b", "a\0b", "/abs"})
  void unsafeBucketNamesAre400(String bucket) {
    assertStatus(400, () -> StorageNames.bucket(bucket));
  }

  @ParameterizedTest
  @ValueSource(ints = {StorageNames.MAX_OBJECT_PATH + 1, 5000})
  void overlongObjectPathIs400(int length) {
    assertStatus(400, () -> StorageNames.objectPath("a".repeat(length)));
  }
}
