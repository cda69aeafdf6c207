package io.hyper.local;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What every service module of hyper-local is started with.
 *
 * @param dataDir where services keep their data; empty in in-memory mode
 * @param clock the time source for expiry, signatures and timestamps
 * @param signingKey the HMAC key that signs storage URLs (32 random bytes, kept in {@code dataDir}
 *     so that URLs survive a restart)
 * @param publicUrl the base URL signed URLs point at; empty means the {@code Host} the signed-URL
 *     request was sent to
 * @param deliveryAttempts queue deliveries tried per job before it becomes {@code ERROR}
 * @param deliveryBackoff the wait before the first retry; it doubles with each further one
 * @param deliveryTimeout how long a queue target may take to answer one delivery
 * @param readBudget how long one data read (get, list, query) may take, waiting for a database
 *     connection included, before it is stopped and answered 503
 */
public record LocalConfig(
    Optional<Path> dataDir,
    Clock clock,
    byte[] signingKey,
    Optional<String> publicUrl,
    int deliveryAttempts,
    Duration deliveryBackoff,
    Duration deliveryTimeout,
    Duration readBudget) {

  /** Checks every component. */
  public LocalConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(deliveryBackoff, "deliveryBackoff");
    Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
    Objects.requireNonNull(readBudget, "readBudget");
    if (deliveryAttempts < 1) {
      throw new IllegalArgumentException("deliveryAttempts must be >= 1, was " + deliveryAttempts);
    }
    signingKey = signingKey.clone();
  }

  /** True when nothing is kept on disk beyond the life of the server. */
  public boolean inMemory() {
    return dataDir.isEmpty();
  }

  /** The HMAC key that signs storage URLs (a copy). */
  @Override
  public byte[] signingKey() {
    return signingKey.clone();
  }

  /** A readable form that leaves out the signing key. */
  @Override
  public String toString() {
    return "LocalConfig[dataDir="
        + dataDir.map(Path::toString).orElse("(memory)")
        + ", publicUrl="
        + publicUrl.orElse("(request host)")
        + ", deliveryAttempts="
        + deliveryAttempts
        + ", deliveryBackoff="
        + deliveryBackoff
        + ", deliveryTimeout="
        + deliveryTimeout
        + ", readBudget="
        + readBudget
        + "]";
  }
}
