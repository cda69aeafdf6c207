package io.hyper.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Random;

/**
 * The key that signs storage URLs: 32 random bytes, kept in {@code <dataDir>/signing.key} (readable
 * by the owner only, written atomically) so that URLs survive a restart; a fresh one per run in
 * memory.
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
      publish(dataDir.get(), file, fresh(random));
    }
    byte[] key = Files.readAllBytes(file);
    if (key.length != BYTES) {
      throw new IOException(file + " must hold " + BYTES + " bytes, has " + key.length);
    }
    return key;
  }

  /**
   * Writes the key whole or not at all: to a temporary file, forced to disk, renamed into place,
   * and the directory forced too, so that a crash never leaves a short key behind. The data
   * directory lock keeps other servers away meanwhile.
   */
  private static void publish(Path dir, Path file, byte[] key) throws IOException {
    Path temp = Files.createTempFile(dir, ".hyper-signing-", ".tmp");
    try {
      restrict(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(key));
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void syncDirectory(Path dir) throws IOException {
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      return; // a directory cannot be opened there, and a rename is durable by itself
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** The key for a shared secret: its SHA-256, so every instance given the secret signs alike. */
  static byte[] derive(String secret) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
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
