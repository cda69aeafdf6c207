package io.hyper.local;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Random;

/**
 * The key that signs storage URLs: 32 random bytes, kept in {@code <dataDir>/signing.key} (readable
 * by the owner only) so that URLs survive a restart; a fresh one per run in memory.
 */
final class SigningKey {
  static final int BYTES = 32;
  static final String FILE = "signing.key";

  private SigningKey() {}

  static byte[] load(Optional<Path> dataDir, Random random) throws IOException {
    if (dataDir.isEmpty()) {
      return fresh(random);
    }
    Files.createDirectories(dataDir.get());
    Path file = dataDir.get().resolve(FILE);
    if (!Files.exists(file)) {
      try {
        Files.write(file, fresh(random), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        restrict(file);
      } catch (FileAlreadyExistsException e) {
        // Another process created it first: use theirs.
      }
    }
    byte[] key = Files.readAllBytes(file);
    if (key.length != BYTES) {
      throw new IOException(file + " must hold " + BYTES + " bytes, has " + key.length);
    }
    return key;
  }

  private static byte[] fresh(Random random) {
    byte[] key = new byte[BYTES];
    random.nextBytes(key);
    return key;
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the directory's own permissions apply.
    }
  }
}
