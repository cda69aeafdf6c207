package io.hyper.junit;

import io.hyper.local.Service;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where hyper-junit's servers keep their data and how many there are, from system properties, so
 * that one test suite runs unchanged on the embedded engines (the default) and on the engines an
 * app is deployed on:
 *
 * <ul>
 *   <li>{@code hyper.junit.data}, {@code .cache}, {@code .search}, {@code .storage}, {@code
 *       .queue}: an engine URL per service ({@code postgres://…}, {@code redis://…}), as
 *       hyper-local's flags take them; the engine's module must be on the test class path;
 *   <li>{@code hyper.junit.instances}: with 2 or more, every server is that many hyper-local
 *       processes on those engines behind a round-robin load balancer (nginx, which must be
 *       installed), and every test talks to the balancer.
 * </ul>
 *
 * @param engines the engine URL of each service that has one
 * @param instances how many hyper-local processes serve each server, 1 or more
 */
record Deployment(Map<Service, String> engines, int instances) {
  static final String PREFIX = "hyper.junit.";

  Deployment {
    engines = Map.copyOf(engines);
    if (instances < 1 || instances > 16) {
      throw new IllegalArgumentException(
          PREFIX + "instances must be a number from 1 to 16, was " + instances);
    }
  }

  /** Reads the system properties above. */
  static Deployment fromSystemProperties() {
    return from(System.getProperties());
  }

  /** Reads the properties above from {@code properties}. */
  static Deployment from(Properties properties) {
    Map<Service, String> engines = new EnumMap<>(Service.class);
    for (Service service : Service.values()) {
      String url = properties.getProperty(PREFIX + service.name().toLowerCase(Locale.ROOT));
      if (url != null && !url.isBlank()) {
        engines.put(service, url.strip());
      }
    }
    String instances = properties.getProperty(PREFIX + "instances", "1").strip();
    try {
      return new Deployment(engines, Integer.parseInt(instances));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PREFIX + "instances must be a number from 1 to 16, was " + instances, e);
    }
  }

  /** True when each server is several processes behind a balancer. */
  boolean scaledOut() {
    return instances > 1;
  }
}
