package io.hyper.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the auto-configured {@code Hyper} connects: from the {@code hyper.*} properties (or the
 * {@code HYPER} variable), or from a dev service such as the embedded hyper-local, which then wins
 * over the properties, as Boot's service connections do.
 */
public interface HyperConnectionDetails extends ConnectionDetails {

  /**
   * Returns the connection string.
   *
   * @return e.g. {@code http://127.0.0.1:49152/app}
   */
  String connectionString();

  /**
   * Returns the domain a cloud connection string is used with.
   *
   * @return the domain; ignored for self-hosted strings, whose path names it
   */
  String domain();
}
