package io.hyper.local.adapter.caffeine;

import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Per-entry expiry: every write (add or set) starts the entry's own lifetime afresh, and reads do
 * not extend it. A set without ttl thus clears an earlier expiry.
 */
final class StoredExpiry implements Expiry<String, Stored> {
  @Override
  public long expireAfterCreate(String key, Stored value, long currentTime) {
    return value.lifetime();
  }

  @Override
  public long expireAfterUpdate(String key, Stored value, long currentTime, long currentDuration) {
    return value.lifetime();
  }

  @Override
  public long expireAfterRead(String key, Stored value, long currentTime, long currentDuration) {
    return currentDuration;
  }
}
