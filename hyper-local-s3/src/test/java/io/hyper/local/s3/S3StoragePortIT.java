package io.hyper.local.s3;

import io.hyper.local.contract.StoragePortContract;
import io.hyper.local.port.StoragePort;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/**
 * The storage port's contract, unchanged, on S3 (the real server {@code scripts/engines start s3}
 * runs): each test gets an empty engine under a key prefix of its own.
 */
class S3StoragePortIT extends StoragePortContract {
  private static final String PREFIX = TestS3.newPrefix(S3StoragePortIT.class);
  private static final AtomicInteger TESTS = new AtomicInteger();

  @Override
  protected StoragePort open() {
    return S3Storage.open(TestS3.location(PREFIX + "/t" + TESTS.incrementAndGet()));
  }

  @AfterAll
  static void deleteKeys() {
    TestS3.deleteAll(PREFIX);
  }
}
