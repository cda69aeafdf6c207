package io.hyper.connect.info;

import io.hyper.connect.Result;
import io.hyper.connect.internal.Failures;
import io.hyper.connect.internal.ResultText;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code GET /}: the server's name and version and the services it runs, in the order
 * {@code cache, data, storage, search, queue}.
 *
 * @param ok whether the server answered with a 2xx
 * @param status the HTTP status of the answer
 * @param msg the server's message, or empty
 * @param name the server's name (e.g. {@code "hyper"}), or empty
 * @param version the server's version, or empty
 * @param services the services; read them with {@link #services()}
 * @param operation the operation, {@code info.services}
 */
public record ServicesResult(
    boolean ok,
    int status,
    Optional<String> msg,
    Optional<String> name,
    Optional<String> version,
    List<String> services,
    String operation)
    implements Result {

  /**
   * Normalises {@code null}s to empty and copies the list.
   *
   * @param ok whether the server answered with a 2xx
   * @param status the HTTP status of the answer
   * @param msg the server's message, or empty
   * @param name the server's name (e.g. {@code "hyper"}), or empty
   * @param version the server's version, or empty
   * @param services the services; read them with {@link #services()}
   * @param operation the operation, {@code info.services}
   */
  public ServicesResult {
    msg = msg == null ? Optional.empty() : msg;
    name = name == null ? Optional.empty() : name;
    version = version == null ? Optional.empty() : version;
    services = services == null ? List.of() : List.copyOf(services);
  }

  /**
   * Returns the services the server runs, e.g. {@code [cache, data, storage, search, queue]}.
   *
   * @return an unmodifiable list
   * @throws io.hyper.connect.HyperServiceException when the result is not ok, as {@link #orThrow()}
   *     would
   */
  @Override
  public List<String> services() {
    Failures.check(this);
    return services;
  }

  /**
   * Returns this result when ok, or throws the exception matching its status.
   *
   * @return this result
   * @throws io.hyper.connect.HyperServiceException when not ok
   */
  @Override
  public ServicesResult orThrow() {
    Failures.check(this);
    return this;
  }

  /** Hyper's shape, e.g. {@code {"ok":true,"status":201,"id":"movie-1"}}; never a secret. */
  @Override
  public String toString() {
    return ResultText.of(
        this, "name", name.orElse(null), "version", version.orElse(null), "services", services);
  }
}
