package io.hyper.connect.info;

/**
 * The info service: asks the server what it runs ({@code GET /} of the host). Get it from {@link
 * io.hyper.connect.Hyper#info()}.
 */
public interface InfoService {

  /**
   * Returns the services the server runs.
   *
   * <pre>{@code
   * List<String> services = hyper.info().services().services(); // [cache, data, ...]
   * }</pre>
   *
   * @return the result
   */
  ServicesResult services();

  /**
   * Returns the async form of this service: the same actions, each returning a {@link
   * java.util.concurrent.CompletableFuture} at once instead of blocking.
   *
   * @return the async view; the same object on every call
   */
  AsyncInfoService async();
}
