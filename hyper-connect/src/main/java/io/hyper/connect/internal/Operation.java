package io.hyper.connect.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every operation the SDK sends, with what may be retried and which timeouts bound it: the one
 * table to read to know what the SDK re-sends.
 *
 * <p><b>Retry classes.</b> Whether a failed request is sent again depends on what the failure
 * proves (see {@link SendFailure}) and on what repeating the operation does on hyper:
 *
 * <ul>
 *   <li>{@link Retry#IF_NOT_SENT}: only when the request provably never left this machine
 *       (connection refused, connect timeout, host not found). Repeating these on hyper changes the
 *       outcome: {@code add} stores a second document (or answers 409 for its own {@code _id}),
 *       {@code create} answers 409 "already exists" and {@code remove}/{@code destroy} 404 for what
 *       the first attempt did, {@code bulk}/{@code load} add their documents twice, {@code enqueue}
 *       delivers a job twice, and an {@code upload} sends its (possibly huge) body again.
 *   <li>{@link Retry#IF_NO_ANSWER}: also when the request may have reached the server but no byte
 *       of an answer came back (the wait for the answer timed out, or the connection closed before
 *       the status line). These are pure reads ({@code get list query download queued errors
 *       services}, {@code signedUrl}, which only signs) and replaces whose repeat leaves the same
 *       state and gets the same answer: {@code data.update}, {@code search.update} (upserts of the
 *       whole document), {@code cache.set} (an upsert of the value), {@code cache.remove} (200 even
 *       when absent), {@code data.index} (the same name and fields again is ok).
 * </ul>
 *
 * <p>Never retried, whatever the class: a failure after any byte of the answer arrived (the server
 * acted on the request), a failure that cannot be placed (treated as "may have been processed"),
 * and a request whose one-shot body (an upload from an {@code InputStream}) was already read from.
 * Nothing is retried after a 4xx or 5xx: the server answered.
 *
 * <p><b>Timeout classes.</b> {@link Wait#ANSWER}: the request timeout bounds the exchange until the
 * answer's headers arrive (sending a small JSON body included), then the idle timeout bounds each
 * gap in the body. {@link Wait#UPLOAD}: the idle timeout bounds each gap while the body is sent (so
 * an upload may take as long as it needs while it makes progress), then the request timeout bounds
 * the wait for the answer. {@link Wait#DOWNLOAD}: the request timeout bounds the wait for the
 * headers; the body is handed over as a stream whose every read waits at most the idle timeout.
 */
public enum Operation {
  /** {@code PUT /data/{db}}: 409 on a repeat. */
  DATA_CREATE("data.create", Retry.IF_NOT_SENT),
  /** {@code DELETE /data/{db}}: 404 on a repeat. */
  DATA_DESTROY("data.destroy", Retry.IF_NOT_SENT),
  /** {@code POST /data/{db}}: a repeat adds a second document. */
  DATA_ADD("data.add", Retry.IF_NOT_SENT),
  /** {@code GET /data/{db}/{id}}. */
  DATA_GET("data.get", Retry.IF_NO_ANSWER),
  /** {@code PUT /data/{db}/{id}}: replaces the document, the same way every time. */
  DATA_UPDATE("data.update", Retry.IF_NO_ANSWER),
  /** {@code DELETE /data/{db}/{id}}: 404 on a repeat. */
  DATA_REMOVE("data.remove", Retry.IF_NOT_SENT),
  /** {@code GET /data/{db}}. */
  DATA_LIST("data.list", Retry.IF_NO_ANSWER),
  /** {@code POST /data/{db}/_query}: a read sent as a POST. */
  DATA_QUERY("data.query", Retry.IF_NO_ANSWER),
  /** {@code POST /data/{db}/_index}: the same name and fields again is ok. */
  DATA_INDEX("data.index", Retry.IF_NO_ANSWER),
  /** {@code POST /data/{db}/_bulk}: a repeat adds documents without {@code _id} twice. */
  DATA_BULK("data.bulk", Retry.IF_NOT_SENT),

  /** {@code PUT /cache/{store}}: 409 on a repeat. */
  CACHE_CREATE("cache.create", Retry.IF_NOT_SENT),
  /** {@code DELETE /cache/{store}}: 404 on a repeat. */
  CACHE_DESTROY("cache.destroy", Retry.IF_NOT_SENT),
  /** {@code POST /cache/{store}}: 409 on a repeat. */
  CACHE_ADD("cache.add", Retry.IF_NOT_SENT),
  /** {@code GET /cache/{store}/{key}}. */
  CACHE_GET("cache.get", Retry.IF_NO_ANSWER),
  /** {@code PUT /cache/{store}/{key}}: replaces the value. */
  CACHE_SET("cache.set", Retry.IF_NO_ANSWER),
  /** {@code DELETE /cache/{store}/{key}}: 200 even when the key is absent. */
  CACHE_REMOVE("cache.remove", Retry.IF_NO_ANSWER),
  /** {@code POST /cache/{store}/_query}. */
  CACHE_QUERY("cache.query", Retry.IF_NO_ANSWER),

  /** {@code PUT /search/{index}}: 409 on a repeat. */
  SEARCH_CREATE("search.create", Retry.IF_NOT_SENT),
  /** {@code DELETE /search/{index}}: 404 on a repeat. */
  SEARCH_DESTROY("search.destroy", Retry.IF_NOT_SENT),
  /** {@code POST /search/{index}}: 409 on a repeat. */
  SEARCH_ADD("search.add", Retry.IF_NOT_SENT),
  /** {@code GET /search/{index}/{key}}. */
  SEARCH_GET("search.get", Retry.IF_NO_ANSWER),
  /** {@code PUT /search/{index}/{key}}: replaces the document. */
  SEARCH_UPDATE("search.update", Retry.IF_NO_ANSWER),
  /** {@code DELETE /search/{index}/{key}}: 404 on a repeat. */
  SEARCH_REMOVE("search.remove", Retry.IF_NOT_SENT),
  /** {@code POST /search/{index}/_bulk}: 409 for each document on a repeat. */
  SEARCH_LOAD("search.load", Retry.IF_NOT_SENT),
  /** {@code POST /search/{index}/_query}. */
  SEARCH_QUERY("search.query", Retry.IF_NO_ANSWER),

  /** {@code PUT /storage/{bucket}}: 409 on a repeat. */
  STORAGE_CREATE("storage.create", Retry.IF_NOT_SENT),
  /** {@code DELETE /storage/{bucket}}: 404 on a repeat. */
  STORAGE_DESTROY("storage.destroy", Retry.IF_NOT_SENT),
  /** {@code POST /storage/{bucket}/{name}}: never sends its body twice. */
  STORAGE_UPLOAD("storage.upload", Retry.IF_NOT_SENT, Wait.UPLOAD),
  /** {@code GET /storage/{bucket}/{name}}: streamed. */
  STORAGE_DOWNLOAD("storage.download", Retry.IF_NO_ANSWER, Wait.DOWNLOAD),
  /** {@code GET|POST /storage/{bucket}/{name}?useSignedUrl=true}: signs, stores nothing. */
  STORAGE_SIGNED_URL("storage.signedUrl", Retry.IF_NO_ANSWER),
  /** {@code DELETE /storage/{bucket}/{name}}: 404 on a repeat. */
  STORAGE_REMOVE("storage.remove", Retry.IF_NOT_SENT),

  /** {@code PUT /queue/{queue}}: 409 on a repeat. */
  QUEUE_CREATE("queue.create", Retry.IF_NOT_SENT),
  /** {@code DELETE /queue/{queue}}: 404 on a repeat. */
  QUEUE_DESTROY("queue.destroy", Retry.IF_NOT_SENT),
  /** {@code POST /queue/{queue}}: a repeat delivers the job twice. */
  QUEUE_ENQUEUE("queue.enqueue", Retry.IF_NOT_SENT),
  /** {@code GET /queue/{queue}?status=READY}. */
  QUEUE_QUEUED("queue.queued", Retry.IF_NO_ANSWER),
  /** {@code GET /queue/{queue}?status=ERROR}. */
  QUEUE_ERRORS("queue.errors", Retry.IF_NO_ANSWER),

  /** {@code GET /}: which services the server runs. */
  INFO_SERVICES("info.services", Retry.IF_NO_ANSWER);

  /** When a failed request may be sent again; see the class comment. */
  public enum Retry {
    /** Only when the request provably never left: refused, connect timeout, unknown host. */
    IF_NOT_SENT,
    /** Also when it may have arrived but no byte of an answer came back. */
    IF_NO_ANSWER
  }

  /** Which timeouts bound an exchange; see the class comment. */
  public enum Wait {
    /** The request timeout until the headers, then the idle timeout between body bytes. */
    ANSWER,
    /** The idle timeout while the body is sent, then the request timeout for the answer. */
    UPLOAD,
    /** The request timeout until the headers; the handed-over stream's reads are idle-bounded. */
    DOWNLOAD
  }

  private static final Map<String, Operation> BY_NAME = new HashMap<>();

  static {
    for (Operation op : values()) {
      BY_NAME.put(op.label, op);
    }
  }

  private final String label;
  private final Retry retry;
  private final Wait waits;

  Operation(String label, Retry retry) {
    this(label, retry, Wait.ANSWER);
  }

  Operation(String label, Retry retry, Wait waits) {
    this.label = label;
    this.retry = retry;
    this.waits = waits;
    if (!name().equals(label.replace('.', '_').toUpperCase(Locale.ROOT).replace("URL", "_URL"))) {
      throw new AssertionError("constant " + name() + " does not match its label " + label);
    }
  }

  /**
   * Returns the operation of a label.
   *
   * @param label the operation as {@code service.op}, e.g. {@code data.get}
   * @return the operation
   * @throws IllegalStateException when the table has no such operation (a new action must be added
   *     to this table before it can be sent)
   */
  public static Operation of(String label) {
    Operation op = BY_NAME.get(label);
    if (op == null) {
      throw new IllegalStateException("no entry for " + label + " in the operation table");
    }
    return op;
  }

  /**
   * Returns the operation as {@code service.op}, as logs, results and exceptions name it.
   *
   * @return the label, e.g. {@code data.get}
   */
  public String label() {
    return label;
  }

  /**
   * Returns when a failed request of this operation may be sent again.
   *
   * @return the retry class
   */
  public Retry retry() {
    return retry;
  }

  /**
   * Returns which timeouts bound an exchange of this operation.
   *
   * @return the timeout class
   */
  public Wait waits() {
    return waits;
  }

  @Override
  public String toString() {
    return label;
  }
}
