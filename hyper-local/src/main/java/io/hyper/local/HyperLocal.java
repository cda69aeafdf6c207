package io.hyper.local;

import io.hyper.local.engine.EngineUrl;
import io.hyper.local.engine.Engines;
import io.hyper.local.http.AppKeyAuth;
import io.hyper.local.http.HttpApp;
import io.hyper.local.http.HttpOptions;
import io.hyper.local.http.Router;
import io.hyper.local.http.ServiceModule;
import io.hyper.local.vision.VisionRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A running hyper-local: a hyper-compatible server on embedded engines, in this JVM.
 *
 * <pre>{@code
 * try (HyperLocal hyper = HyperLocal.builder().start()) {       // in memory, any free port
 *   String cs = hyper.connectionString("test");                 // http://127.0.0.1:49152/test
 *   ...
 * }
 * }</pre>
 *
 * <p>{@link #close()} lets requests in flight finish, then closes every store cleanly.
 *
 * <p>Browsers are kept out by default: no CORS headers unless {@link Builder#corsOrigin(String)}
 * names the page's origin, and on a loopback address only requests addressed to a loopback name
 * ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, or the {@linkplain Builder#publicUrl public
 * URL}'s host) are served, which defeats DNS rebinding.
 */
public final class HyperLocal implements AutoCloseable {
  private final HttpApp http;
  private final List<ServiceModule> modules;
  private final String host;
  private final Set<Service> services;
  private final Map<String, String> appKeys;
  private final LocalConfig config;
  private final Optional<DataDirLock> lock;
  private final boolean vision;

  private HyperLocal(
      HttpApp http,
      List<ServiceModule> modules,
      String host,
      Set<Service> services,
      Map<String, String> appKeys,
      LocalConfig config,
      Optional<DataDirLock> lock,
      boolean vision) {
    this.vision = vision;
    this.http = http;
    this.modules = modules;
    this.host = host;
    this.services = services;
    this.appKeys = appKeys;
    this.config = config;
    this.lock = lock;
  }

  /** A builder with the defaults: in memory, 127.0.0.1, any free port, every service, no auth. */
  public static Builder builder() {
    return new Builder();
  }

  /** The services this build of hyper-local can run. */
  public static Set<Service> available() {
    return Collections.unmodifiableSet(EnumSet.allOf(Service.class));
  }

  /** The port it listens on. */
  public int port() {
    return http.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:6363}. */
  public String url() {
    return "http://" + hostForUrl() + ":" + port();
  }

  /**
   * A connection string for a domain: {@code http://127.0.0.1:6363/test}, with the first app key's
   * credentials ({@code http://key:secret@…}) when auth is on. Behind a proxy or a load balancer it
   * starts with the {@linkplain Builder#publicUrl public URL} instead.
   *
   * @throws IllegalArgumentException when {@code domain} is blank or contains {@code /}
   */
  public String connectionString(String domain) {
    return connectionString(domain, true);
  }

  /**
   * {@link #connectionString(String)}, with the secret shown as {@code ****} unless {@code
   * showSecret}: what a banner or a log line may print.
   */
  String connectionString(String domain, boolean showSecret) {
    if (domain == null || domain.isBlank() || domain.contains("/")) {
      throw new IllegalArgumentException(
          "domain must be one non-empty path segment, was " + domain);
    }
    String credentials =
        appKeys.entrySet().stream()
            .findFirst()
            .map(e -> encode(e.getKey()) + ":" + (showSecret ? encode(e.getValue()) : "****") + "@")
            .orElse("");
    String base = config.publicUrl().map(HyperLocal::withoutTrailingSlash).orElseGet(this::url);
    int authority = base.indexOf("://") + 3;
    return base.substring(0, authority)
        + credentials
        + base.substring(authority)
        + "/"
        + encode(domain);
  }

  /**
   * The address of hyper vision, the browse UI ({@code http://127.0.0.1:6363/_vision/}), or empty
   * when it was turned off with {@link Builder#vision(boolean)}.
   */
  public Optional<String> visionUrl() {
    return vision ? Optional.of(url() + VisionRoutes.PREFIX + "/") : Optional.empty();
  }

  /** The services running, in the order {@code GET /} lists them. */
  public Set<Service> services() {
    return Collections.unmodifiableSet(services);
  }

  /** True when requests need an app-key token. */
  public boolean authEnabled() {
    return !appKeys.isEmpty();
  }

  /** Where the data lives, or empty in in-memory mode. */
  public Optional<Path> dataDir() {
    return config.dataDir();
  }

  /**
   * Stops accepting, lets requests in flight finish, closes every service's stores, and then
   * releases the data directory to the next hyper-local.
   */
  @Override
  public void close() {
    try {
      http.close();
      for (int i = modules.size() - 1; i >= 0; i--) {
        modules.get(i).close();
      }
    } finally {
      lock.ifPresent(DataDirLock::close);
    }
  }

  @Override
  public String toString() {
    return "HyperLocal["
        + url()
        + ", "
        + services
        + ", "
        + config.dataDir().map(Path::toString).orElse("in memory")
        + "]";
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private String hostForUrl() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Options for {@link HyperLocal}; {@link #start()} runs it. Not thread-safe. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private Path dataDir;
    private final Map<String, String> appKeys = new LinkedHashMap<>();
    private Set<Service> services;
    private Clock clock = Clock.systemUTC();
    private String publicUrl;
    private String signingSecret;
    private int deliveryAttempts = 3;
    private Duration deliveryBackoff = Duration.ofSeconds(1);
    private Duration deliveryTimeout = Duration.ofSeconds(30);
    private Duration readBudget = Duration.ofSeconds(10);
    private Duration readTimeout = HttpOptions.DEFAULT_READ_TIMEOUT;
    private int maxConcurrentRequests = HttpOptions.DEFAULT_MAX_CONCURRENT_REQUESTS;
    private long bodyMemory = -1;
    private final Set<String> corsOrigins = new java.util.LinkedHashSet<>();
    private boolean vision = true;
    private final Map<Service, EngineUrl> engines = new EnumMap<>(Service.class);

    private Builder() {}

    /**
     * Serves hyper vision, the browse UI, at {@code /_vision/} (its pages need no token; its API
     * and hyper's routes need one when auth is on). Defaults to true; false makes {@code /_vision}
     * an unknown route.
     */
    public Builder vision(boolean vision) {
      this.vision = vision;
      return this;
    }

    /** The port to listen on; 0 takes any free port. Defaults to 0. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to listen on. Defaults to {@code 127.0.0.1} (this machine only). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Keeps data in this directory (created if missing) so it survives a restart. Defaults to in
     * memory.
     */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** Keeps nothing beyond the life of the server. This is the default. */
    public Builder inMemory() {
      this.dataDir = null;
      return this;
    }

    /**
     * Turns auth on (or adds a key): every request then needs an HS256 token signed with one of the
     * app keys' secrets. Defaults to no keys, auth off.
     *
     * @throws IllegalArgumentException for an empty key or secret, or a key containing {@code :}
     */
    public Builder appKey(String key, String secret) {
      if (key == null || key.isEmpty() || key.contains(":")) {
        throw new IllegalArgumentException("app key must be non-empty and contain no ':'");
      }
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("app secret for key " + key + " must not be empty");
      }
      appKeys.put(key, secret);
      return this;
    }

    /**
     * The services to run. Defaults to every {@linkplain HyperLocal#available() available} one.
     *
     * @throws IllegalArgumentException for a service this build does not have
     */
    public Builder services(Service... services) {
      Set<Service> chosen = EnumSet.noneOf(Service.class);
      for (Service service : services) {
        if (!available().contains(service)) {
          throw new IllegalArgumentException(
              "service " + service.path() + " is not available in this hyper-local");
        }
        chosen.add(service);
      }
      this.services = chosen;
      return this;
    }

    /** The time source for expiry, tokens and signatures. Defaults to the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The base URL clients reach this server by, for a hyper-local behind a proxy or a load
     * balancer: signed storage URLs and {@link #connectionString} point at it. Defaults to the host
     * the signed-URL request was addressed to, and to the listening address.
     */
    public Builder publicUrl(String publicUrl) {
      this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
      return this;
    }

    /**
     * The secret storage URLs are signed with, for several instances behind one load balancer: a
     * URL signed by one is then good on every other. Defaults to a random key kept in the data
     * directory (or one per run in memory). Also read from {@code HYPER_LOCAL_SIGNING_KEY} by
     * {@code java -jar}.
     *
     * @throws IllegalArgumentException when shorter than 16 characters
     */
    public Builder signingKey(String secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length() < 16) {
        throw new IllegalArgumentException("signingKey must be at least 16 characters");
      }
      this.signingSecret = secret;
      return this;
    }

    /** Queue deliveries tried per job before it becomes {@code ERROR}. Defaults to 3. */
    public Builder deliveryAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("deliveryAttempts must be >= 1, was " + attempts);
      }
      this.deliveryAttempts = attempts;
      return this;
    }

    /** The wait before the first queue retry; it doubles with each further one. Defaults to 1 s. */
    public Builder deliveryBackoff(Duration backoff) {
      this.deliveryBackoff = positive(backoff, "deliveryBackoff");
      return this;
    }

    /** How long a queue target may take to answer. Defaults to 30 s. */
    public Builder deliveryTimeout(Duration timeout) {
      this.deliveryTimeout = positive(timeout, "deliveryTimeout");
      return this;
    }

    /**
     * How long one data read ({@code get}, {@code list}, {@code query}) may take, the wait for a
     * database connection included; past it the read is stopped and answered 503, so one
     * pathological query cannot hold the server's readers. Defaults to 10 s.
     */
    public Builder readBudget(Duration budget) {
      this.readBudget = positive(budget, "readBudget");
      return this;
    }

    /**
     * Lets browser pages on {@code origin} call this server (CORS), e.g. {@code
     * http://localhost:5173}; {@code *} lets any page in. Repeatable. Defaults to none: CORS is
     * off, and a request with an {@code Origin} other than this server's own is refused with 403.
     *
     * @throws IllegalArgumentException unless {@code origin} is {@code *} or {@code
     *     scheme://host[:port]}
     */
    public Builder corsOrigin(String origin) {
      Objects.requireNonNull(origin, "origin");
      if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException(
            "CORS origin must be * or scheme://host[:port] with no path, was " + origin);
      }
      corsOrigins.add(origin);
      return this;
    }

    /**
     * The longest a client may send nothing while the server waits for its request headers or for
     * more of its body; the connection is closed then. Idle keep-alive connections close after it
     * too. Defaults to 30 s.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Requests handled at the same time; one more is answered 503 at once (clients retry). Defaults
     * to 256.
     *
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be >= 1, was " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * Bytes of JSON request bodies held in memory at the same time, by all requests together; a
     * request that would go past it is answered 503. Defaults to an eighth of the maximum heap, at
     * least 16 MiB.
     *
     * @throws IllegalArgumentException when {@code bytes} is below 1
     */
    public Builder bodyMemory(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("bodyMemory must be >= 1, was " + bytes);
      }
      this.bodyMemory = bytes;
      return this;
    }

    /**
     * The engine a service runs on, as a URL whose scheme picks it: {@code sqlite:} (data, queue),
     * {@code caffeine:} (cache), {@code lucene:} (search) and {@code file:} (storage) are the
     * embedded defaults, which keep their data under the {@linkplain #dataDir data directory} or in
     * memory. An unknown scheme fails {@link #start()}, naming the known ones. A password in the
     * URL never appears in a message or {@link #toString()}.
     *
     * @throws IllegalArgumentException when {@code url} does not start with a scheme or is not a
     *     URI
     */
    public Builder engine(Service service, String url) {
      Objects.requireNonNull(service, "service");
      engines.put(service, EngineUrl.parse(Objects.requireNonNull(url, "url")));
      return this;
    }

    /**
     * Locks the data directory, opens the stores, binds the port and starts serving.
     *
     * @throws DataDirInUseException when another hyper-local runs on the same data directory
     * @throws UncheckedIOException when the port cannot be bound or the data directory is unusable
     * @throws IllegalArgumentException when a service's engine URL names no known engine, or one
     *     its engine refuses
     */
    public HyperLocal start() {
      Engines registry = Engines.discover();
      for (Service service : chosen()) {
        registry.check(service, engineUrl(service));
      }
      Optional<DataDirLock> lock = Optional.ofNullable(dataDir).map(DataDirLock::acquire);
      try {
        return start(lock, registry);
      } catch (RuntimeException e) {
        lock.ifPresent(DataDirLock::close);
        throw e;
      }
    }

    private Set<Service> chosen() {
      return services == null ? EnumSet.allOf(Service.class) : EnumSet.copyOf(services);
    }

    private EngineUrl engineUrl(Service service) {
      return engines.getOrDefault(service, Engines.defaultUrl(service));
    }

    private HyperLocal start(Optional<DataDirLock> lock, Engines registry) {
      Set<Service> chosen = chosen();
      LocalConfig config;
      try {
        config =
            new LocalConfig(
                Optional.ofNullable(dataDir),
                clock,
                signingSecret != null
                    ? SigningKey.derive(signingSecret)
                    : SigningKey.load(Optional.ofNullable(dataDir), new SecureRandom()),
                Optional.ofNullable(publicUrl),
                deliveryAttempts,
                deliveryBackoff,
                deliveryTimeout,
                readBudget);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot use data directory " + dataDir, e);
      }
      List<ServiceModule> modules = new ArrayList<>();
      OpenedPorts ports = new OpenedPorts();
      try {
        for (Service service : chosen) {
          modules.add(ServiceModules.open(service, engineUrl(service), registry, config, ports));
        }
        Optional<AppKeyAuth> auth =
            appKeys.isEmpty() ? Optional.empty() : Optional.of(new AppKeyAuth(appKeys, clock));
        List<Consumer<Router>> extras =
            vision ? List.of(new VisionRoutes(ports.browse())) : List.of();
        HttpApp http =
            HttpApp.start(new InetSocketAddress(host, port), modules, extras, auth, httpOptions());
        return new HyperLocal(
            http, List.copyOf(modules), host, chosen, Map.copyOf(appKeys), config, lock, vision);
      } catch (IOException | RuntimeException e) {
        modules.forEach(ServiceModule::close);
        if (e instanceof IOException io) {
          throw new UncheckedIOException(
              "cannot listen on " + host + ":" + port + ": " + io.getMessage(), io);
        }
        throw (RuntimeException) e;
      }
    }

    private HttpOptions httpOptions() {
      Set<String> hosts =
          publicUrl == null
              ? Set.of()
              : Optional.ofNullable(java.net.URI.create(publicUrl).getHost())
                  .map(h -> h.startsWith("[") ? h.substring(1, h.length() - 1) : h)
                  .map(Set::of)
                  .orElse(Set.of());
      return new HttpOptions(
          readTimeout,
          maxConcurrentRequests,
          bodyMemory > 0 ? bodyMemory : HttpOptions.defaultBodyMemory(),
          HttpOptions.DEFAULT_MAX_CONNECTIONS,
          corsOrigins,
          hosts);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
