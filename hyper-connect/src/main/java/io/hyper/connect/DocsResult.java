package io.hyper.connect;

import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.Untyped;
import io.hyper.connect.json.DocumentCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The result of an operation that answers with a list of documents ({@code data.list}, {@code
 * data.query}): hyper's {@code {ok, docs}} plus the status. The documents are kept as the JSON
 * hyper sent and decoded when asked: {@link #docs()} as maps, {@link #docs(Class)} as records or
 * POJOs, {@link #docs(TypeRef)} as a generic type.
 */
public final class DocsResult extends PayloadResult {

  /**
   * Creates a result; the SDK makes them, and a test's fake service may too.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty ({@code null} is taken as empty)
   * @param docs the documents as a JSON array, or {@code null} when not ok
   * @param codec decodes the documents
   * @param operation the operation, as {@code service.op}
   */
  public DocsResult(
      boolean ok,
      int status,
      Optional<String> msg,
      JsonNode docs,
      DocumentCodec codec,
      String operation) {
    super(ok, status, msg, "docs", docs, codec, operation);
  }

  /**
   * Returns the documents as maps, in the order hyper sent them.
   *
   * @return an unmodifiable list, empty when nothing matched; decoded anew on each call
   * @throws HyperServiceException when the result is not ok, as {@link #orThrow()} would
   */
  public List<Map<String, Object>> docs() {
    return docs(Untyped.MAP);
  }

  /**
   * Returns the documents as a class, e.g. {@code docs(Movie.class)}.
   *
   * @param <T> the element type
   * @param type a record, POJO or {@code JsonNode} class
   * @return an unmodifiable list
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when an element does not fit {@code type}
   */
  public <T> List<T> docs(Class<T> type) {
    return payloads(type);
  }

  /**
   * Returns the documents as a generic type.
   *
   * @param <T> the element type
   * @param type the type
   * @return an unmodifiable list
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when an element does not fit {@code type}
   */
  public <T> List<T> docs(TypeRef<T> type) {
    return payloads(Check.notNull(type, "type").type());
  }

  @Override
  public DocsResult orThrow() {
    return (DocsResult) checked(this);
  }
}
