package io.hyper.connect;

import java.util.Optional;

/**
 * The outcome for one document of a bulk operation: {@code {ok, id}} on success, {@code {ok:false,
 * msg}} on failure (hyper drops the id of failed entries).
 *
 * @param ok whether this document was written
 * @param id the document id, when hyper reported it
 * @param msg hyper's message for a failed entry, or empty
 */
public record BulkItem(boolean ok, Optional<String> id, Optional<String> msg) {

  /**
   * Normalises {@code null} optionals to empty.
   *
   * @param ok whether this document was written
   * @param id the document id, when hyper reported it
   * @param msg hyper's message for a failed entry, or empty
   */
  public BulkItem {
    id = id == null ? Optional.empty() : id;
    msg = msg == null ? Optional.empty() : msg;
  }
}
