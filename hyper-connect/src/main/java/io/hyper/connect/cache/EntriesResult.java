package io.hyper.connect.cache;

import io.hyper.connect.HyperServiceException;
import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.List;
import java.util.Optional;

/**
 * The result of a cache query: hyper's {@code {ok, docs}} plus the status, each entry a key and its
 * value (decoded on demand, see {@link CacheEntry}).
 *
 * @param ok whether hyper reported success
 * @param status the HTTP status of the answer
 * @param msg hyper's message, or empty
 * @param entries the entries; read them with {@link #entries()}
 * @param operation the operation, as {@code service.op}
 */
public record EntriesResult(
    boolean ok, int status, Optional<String> msg, List<CacheEntry> entries, String operation)
    implements Result {

  /**
   * Normalises a {@code null} message to empty and copies the list.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty
   * @param entries the entries; read them with {@link #entries()}
   * @param operation the operation, as {@code service.op}
   */
  public EntriesResult {
    msg = msg == null ? Optional.empty() : msg;
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /**
   * Returns the entries, in the order hyper sent them.
   *
   * @return an unmodifiable list, empty when nothing matched
   * @throws HyperServiceException when the result is not ok, as {@link #orThrow()} would
   */
  @Override
  public List<CacheEntry> entries() {
    Failures.check(this);
    return entries;
  }

  @Override
  public EntriesResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":200,"entries":[...]}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(
        this,
        "entries",
        entries.stream().map(e -> ResultText.node("key", e.key(), "value", e.json())).toList());
  }
}
