package io.hyper.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-directory lock in one JVM; {@code CrashIT} covers other processes and kill -9. */
class DataDirLockTest {
  @TempDir Path dir;

  @Test
  void aSecondLockOnTheSameDirectoryIsRefusedNamingTheDirectoryAndTheHolder() {
    DataDirLock first = DataDirLock.acquire(dir);
    try {
      assertThatThrownBy(() -> DataDirLock.acquire(dir))
          .isInstanceOfSatisfying(
              DataDirInUseException.class, e -> assertThat(e.dir()).isEqualTo(dir))
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageContaining("in use by another hyper-local")
          .hasMessageContaining("(process " + ProcessHandle.current().pid() + ")");
    } finally {
      first.close();
    }
  }

  @Test
  void theLockIsFreeAgainOnceReleased() {
    DataDirLock.acquire(dir).close();
    DataDirLock again = DataDirLock.acquire(dir);
    try {
      assertThat(dir.resolve(DataDirLock.FILE)).exists();
    } finally {
      again.close();
    }
  }

  @Test
  void aLockFileLeftBehindDoesNotBlock() throws IOException {
    Files.writeString(dir.resolve(DataDirLock.FILE), "999999999\n");
    DataDirLock lock = DataDirLock.acquire(dir);
    try {
      assertThat(Files.readString(dir.resolve(DataDirLock.FILE)).strip())
          .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
    } finally {
      lock.close();
    }
  }

  @Test
  void aMissingDirectoryIsCreated() {
    Path missing = dir.resolve("a/b");
    DataDirLock lock = DataDirLock.acquire(missing);
    try {
      assertThat(missing.resolve(DataDirLock.FILE)).exists();
    } finally {
      lock.close();
    }
  }
}
