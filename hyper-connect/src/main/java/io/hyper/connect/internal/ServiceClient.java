package io.hyper.connect.internal;

/**
 * What a service class talks to: its name, its base URL and the shared transport. Each action
 * starts with {@link #get}, {@link #post}, {@link #put} or {@link #delete} and ends with {@link
 * RequestBuilder#call}.
 *
 * <pre>{@code
 * private Call<IdResult> addCall(Object doc) {
 *   return http.post("add").json(codec().jsonObject(doc, "doc")).call(Replies::id);
 * }
 * }</pre>
 */
public final class ServiceClient {
  private final Transport transport;
  private final String service;
  private final String baseUrl;

  /**
   * Creates the client of one service.
   *
   * @param transport the shared transport
   * @param service the service name ({@code data}, {@code cache}, ...), used in operation names
   * @param baseUrl the service's base URL, without a trailing slash
   */
  public ServiceClient(Transport transport, String service, String baseUrl) {
    this.transport = transport;
    this.service = service;
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the JSON codec.
   *
   * @return the codec
   */
  public JsonCodec codec() {
    return transport.codec();
  }

  /**
   * Returns the base URL.
   *
   * @return the base URL, e.g. {@code http://localhost:6363/data/test}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Starts a GET.
   *
   * @param op the operation name, e.g. {@code "get"}; {@code service.op} must be in the {@link
   *     Operation} table, which says how it is retried and timed
   * @return the builder
   */
  public RequestBuilder get(String op) {
    return new RequestBuilder(transport, Operation.of(service + "." + op), "GET", baseUrl);
  }

  /**
   * Starts a POST.
   *
   * @param op the operation name
   * @return the builder
   */
  public RequestBuilder post(String op) {
    return new RequestBuilder(transport, Operation.of(service + "." + op), "POST", baseUrl);
  }

  /**
   * Starts a PUT.
   *
   * @param op the operation name
   * @return the builder
   */
  public RequestBuilder put(String op) {
    return new RequestBuilder(transport, Operation.of(service + "." + op), "PUT", baseUrl);
  }

  /**
   * Starts a DELETE.
   *
   * @param op the operation name
   * @return the builder
   */
  public RequestBuilder delete(String op) {
    return new RequestBuilder(transport, Operation.of(service + "." + op), "DELETE", baseUrl);
  }
}
