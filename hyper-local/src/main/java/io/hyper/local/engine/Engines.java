package io.hyper.local.engine;

import io.hyper.local.LocalConfig;
import io.hyper.local.Service;
import io.hyper.local.port.CachePort;
import io.hyper.local.port.DataPort;
import io.hyper.local.port.JobStorePort;
import io.hyper.local.port.SearchPort;
import io.hyper.local.port.StoragePort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The engines each service can run on, by URL scheme: the embedded ones built in ({@link
 * EmbeddedEngines}) and any {@link EngineFactory} on the class path. This is the one place an
 * adapter is chosen and constructed; the HTTP layer only sees core services.
 */
public final class Engines {
  private static final Map<Service, Class<? extends AutoCloseable>> PORTS =
      new EnumMap<>(
          Map.of(
              Service.DATA, DataPort.class,
              Service.CACHE, CachePort.class,
              Service.SEARCH, SearchPort.class,
              Service.STORAGE, StoragePort.class,
              Service.QUEUE, JobStorePort.class));

  private final Map<Class<?>, Map<String, EngineFactory<?>>> factories = new HashMap<>();

  private Engines(List<EngineFactory<?>> all) {
    for (EngineFactory<?> factory : all) {
      factories
          .computeIfAbsent(factory.port(), p -> new TreeMap<>())
          .putIfAbsent(factory.scheme(), factory);
    }
  }

  /** The built-in engines, then those found by {@link ServiceLoader} (a built-in scheme wins). */
  public static Engines discover() {
    List<EngineFactory<?>> all = new ArrayList<>(EmbeddedEngines.all());
    for (EngineFactory<?> factory : ServiceLoader.load(EngineFactory.class)) {
      all.add(factory);
    }
    return new Engines(all);
  }

  /** The embedded default of a service: {@code sqlite:} for data, {@code caffeine:} for cache… */
  public static EngineUrl defaultUrl(Service service) {
    return EngineUrl.parse(EmbeddedEngines.defaultScheme(service) + ":");
  }

  /** The schemes a service can run on, sorted, each with its colon: {@code [sqlite:]}. */
  public List<String> schemes(Service service) {
    return factories.getOrDefault(port(service), Map.of()).keySet().stream()
        .map(s -> s + ":")
        .toList();
  }

  /**
   * Checks that a service has an engine for the URL's scheme, without opening it.
   *
   * @throws IllegalArgumentException naming the service, the scheme and the known schemes
   */
  public void check(Service service, EngineUrl url) {
    factory(service, url);
  }

  /**
   * Opens the engine of {@code service} that {@code url} names.
   *
   * @param port the service's port type, e.g. {@code DataPort.class}
   * @throws IllegalArgumentException for an unknown scheme or a URL the engine refuses
   */
  public <P extends AutoCloseable> P open(
      Service service, Class<P> port, EngineUrl url, LocalConfig config) {
    if (port != port(service)) {
      throw new IllegalArgumentException(service.path() + " runs on " + port(service).getName());
    }
    return port.cast(factory(service, url).open(url, Objects.requireNonNull(config, "config")));
  }

  private EngineFactory<?> factory(Service service, EngineUrl url) {
    return Optional.ofNullable(factories.getOrDefault(port(service), Map.of()).get(url.scheme()))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no "
                        + service.path()
                        + " engine for "
                        + url.scheme()
                        + ": (known: "
                        + String.join(", ", schemes(service))
                        + ")"));
  }

  private static Class<? extends AutoCloseable> port(Service service) {
    return PORTS.get(service);
  }
}
