package io.hyper.local.opensearch;

import io.hyper.local.core.HyperError;
import java.lang.System.Logger.Level;
import tools.jackson.databind.JsonNode;

/**
 * Reads the per-item outcomes of a bulk answer whose {@code errors} is true: the index gone under
 * the request is a missing index; items the cluster was too busy for are 503 (retry); any other
 * failure is 500 naming how many of the documents failed, with OpenSearch's first reason logged.
 * The items that succeeded stay stored: a bulk request is not atomic, and a retried {@code load}
 * upserts them again to the same result.
 */
final class BulkFailures {
  private static final System.Logger LOG = System.getLogger(BulkFailures.class.getName());

  private BulkFailures() {}

  /**
   * @return false when the index was gone
   * @throws HyperError 503 or 500 as above
   */
  static boolean check(JsonNode answer, int sent) {
    int failed = 0;
    int busy = 0;
    int gone = 0;
    JsonNode firstError = null;
    for (JsonNode item : answer.path("items")) {
      JsonNode outcome = item.path("index");
      JsonNode error = outcome.get("error");
      if (error == null) {
        continue;
      }
      failed++;
      if (outcome.path("status").asInt() == 429) {
        busy++;
      } else if (error.path("type").asString("").equals("index_not_found_exception")) {
        gone++;
      } else if (firstError == null) {
        firstError = error;
      }
    }
    if (failed == 0) {
      return true;
    }
    if (gone == failed) {
      return false;
    }
    LOG.log(
        Level.WARNING,
        "OpenSearch bulk: " + failed + " of " + sent + " failed; first: " + firstError);
    if (busy + gone == failed) {
      throw new HyperError(503, OsClient.UNAVAILABLE);
    }
    throw HyperError.internal(
        "internal error: the search engine stored "
            + (sent - failed)
            + " of "
            + sent
            + " documents; "
            + failed
            + " failed");
  }
}
