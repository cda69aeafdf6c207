package io.hyper.connect;

import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.Untyped;
import io.hyper.connect.json.DocumentCodec;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The result of reading one document ({@code data.get}, {@code cache.get}, {@code search.get}):
 * hyper's {@code {ok, doc}} plus the status. The document is kept as the JSON hyper sent and
 * decoded when asked, with the client's {@link DocumentCodec}: {@link #doc()} as a map, {@link
 * #doc(Class)} as a record or POJO, {@link #doc(TypeRef)} as a generic type.
 *
 * <pre>{@code
 * DocResult r = hyper.data().get("movie-1");
 * Movie dune = r.doc(Movie.class);
 * }</pre>
 */
public final class DocResult extends PayloadResult {

  /**
   * Creates a result; the SDK makes them, and a test's fake service may too.
   *
   * @param ok whether hyper reported success
   * @param status the HTTP status of the answer
   * @param msg hyper's message, or empty ({@code null} is taken as empty)
   * @param doc the document as JSON, or {@code null} when not ok
   * @param codec decodes the document
   * @param operation the operation, as {@code service.op}
   */
  public DocResult(
      boolean ok,
      int status,
      Optional<String> msg,
      JsonNode doc,
      DocumentCodec codec,
      String operation) {
    super(ok, status, msg, "doc", doc, codec, operation);
  }

  /**
   * Returns the document as a map, {@code _id} included.
   *
   * @return the document, decoded anew on each call
   * @throws HyperServiceException when the result is not ok (for example a {@link
   *     NotFoundException} for a missing document), as {@link #orThrow()} would
   */
  public Map<String, Object> doc() {
    return doc(Untyped.MAP);
  }

  /**
   * Returns the document as a class, e.g. {@code doc(Movie.class)}.
   *
   * @param <T> the document type
   * @param type a record, POJO or {@code JsonNode} class
   * @return the document, decoded anew on each call
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when the document does not fit {@code type}
   */
  public <T> T doc(Class<T> type) {
    return payload(type);
  }

  /**
   * Returns the document as a generic type, e.g. {@code doc(new TypeRef<Box<Movie>>() {})}.
   *
   * @param <T> the document type
   * @param type the type
   * @return the document
   * @throws HyperServiceException when the result is not ok
   * @throws HyperException when the document does not fit {@code type}
   */
  public <T> T doc(TypeRef<T> type) {
    return payload(Check.notNull(type, "type").type());
  }

  @Override
  public DocResult orThrow() {
    return (DocResult) checked(this);
  }
}
