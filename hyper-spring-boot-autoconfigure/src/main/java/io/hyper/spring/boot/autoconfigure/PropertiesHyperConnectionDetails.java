package io.hyper.spring.boot.autoconfigure;

import io.hyper.connect.Hyper;
import org.springframework.core.env.Environment;

/** Connection details from {@code hyper.connection-string}, else the {@code HYPER} variable. */
final class PropertiesHyperConnectionDetails implements HyperConnectionDetails {
  private final HyperProperties properties;
  private final Environment environment;

  PropertiesHyperConnectionDetails(HyperProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public String connectionString() {
    String value = properties.getConnectionString();
    return value != null && !value.isBlank() ? value : environment.getProperty(Hyper.ENV);
  }

  @Override
  public String domain() {
    return properties.getDomain();
  }
}
