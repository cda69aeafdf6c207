package io.hyper.junit;

import io.hyper.connect.Hyper;
import io.hyper.connect.Result;
import io.hyper.local.HyperLocal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one in-memory hyper-local per test run and gives every test a {@link Hyper} connected to a
 * fresh domain of its own, with its services created — so tests never see each other's data, also
 * when JUnit runs them in parallel.
 *
 * <p>Zero configuration: annotate the class with {@link HyperTest}. With options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HyperExtension HYPER =
 *     HyperExtension.builder().appKey("key", "secret").searchFields("title", "year").build();
 *
 * @Test
 * void findsTheMovie(Hyper hyper, HyperLocal server) { ... }
 * }</pre>
 *
 * <p>Test, {@code @BeforeEach} and {@code @AfterEach} methods may take a {@link Hyper} (the same
 * one for the whole test) and the {@link HyperLocal}; {@code @BeforeAll} and {@code @AfterAll}
 * methods may take the {@link HyperLocal}. The server is kept in JUnit's root store and closed by
 * JUnit after the last test; servers are shared by all test classes with the same app key.
 *
 * <p>The same tests run on the engines an app is deployed on, and on several hyper-local processes
 * behind a load balancer, by system properties ({@code -Dhyper.junit.data=postgres://…}, {@code
 * -Dhyper.junit.instances=3}; see the README's hyper-junit section).
 */
public final class HyperExtension implements BeforeEachCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(HyperExtension.class);

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final Map<String, String> appKeys;
  private final List<String> searchFields;
  private final String queueTarget;
  private final String queueSecret;

  /** The zero-configuration extension {@link HyperTest} registers: no auth, default fields. */
  public HyperExtension() {
    this(builder());
  }

  private HyperExtension(Builder builder) {
    this.appKeys = Map.copyOf(builder.appKeys);
    this.searchFields = List.copyOf(builder.searchFields);
    this.queueTarget = builder.queueTarget;
    this.queueSecret = builder.queueSecret;
  }

  /** A builder for an extension with options, to register with {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The hyper-local this extension's tests run against (started on first use). */
  public HyperLocal server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(new ServerKey(appKeys), k -> start(), Server.class)
        .local();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    Object owner = store.getOrComputeIfAbsent("owner", k -> this);
    if (owner != this) {
      throw new ExtensionConfigurationException(
          "hyper-junit is registered twice on "
              + context.getRequiredTestClass().getName()
              + ": use either @HyperTest or @RegisterExtension HyperExtension, not both");
    }
    // Closed by JUnit when the test ends, which destroys the domain's services.
    store.getOrComputeIfAbsent(TestDomain.class, k -> newDomain(context), TestDomain.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Hyper.class || type == HyperLocal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == HyperLocal.class) {
      return server(context);
    }
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          "A Hyper belongs to one test and its own domain, so "
              + parameter.getDeclaringExecutable().getName()
              + " cannot take one: take Hyper in a @Test, @BeforeEach or @AfterEach method,"
              + " or take HyperLocal here and connect with server.connectionString(domain)");
    }
    TestDomain domain = context.getStore(NAMESPACE).get(TestDomain.class, TestDomain.class);
    if (domain == null) {
      // A parameter of a @BeforeEach runs after beforeEach callbacks; this is a safety net.
      domain =
          context
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(TestDomain.class, k -> newDomain(context), TestDomain.class);
    }
    return domain.hyper();
  }

  private Server start() {
    Deployment deployment = Deployment.fromSystemProperties();
    if (deployment.scaledOut()) {
      ScaledOut scaledOut =
          ScaledOut.start(
              Optional.of(HyperLocal.builder()),
              deployment.instances() - 1,
              deployment,
              appKeys,
              List.of());
      return new Server(scaledOut.local().orElseThrow(), Optional.of(scaledOut));
    }
    HyperLocal.Builder builder = HyperLocal.builder();
    deployment.engines().forEach(builder::engine);
    appKeys.forEach(builder::appKey);
    return new Server(builder.start(), Optional.empty());
  }

  private TestDomain newDomain(ExtensionContext context) {
    String domain = domainFor(context.getUniqueId(), SEQUENCE.incrementAndGet());
    Hyper hyper = Hyper.connect(server(context).connectionString(domain));
    TestDomain test = new TestDomain(hyper, new ArrayList<>());
    try {
      create(test, "data", hyper.data().create(), () -> hyper.data().destroy(true));
      create(test, "cache", hyper.cache().create(), () -> hyper.cache().destroy(true));
      create(
          test,
          "search",
          hyper.search().create(searchFields, searchFields),
          () -> hyper.search().destroy(true));
      create(test, "storage", hyper.storage().create(), () -> hyper.storage().destroy(true));
      if (queueTarget != null) {
        create(
            test,
            "queue",
            queueSecret == null
                ? hyper.queue().create(queueTarget)
                : hyper.queue().create(queueTarget, queueSecret),
            () -> hyper.queue().destroy(true));
      }
    } catch (RuntimeException e) {
      test.close();
      throw e;
    }
    return test;
  }

  /** Records how to destroy a service that was created, or fails the test's setup. */
  private static void create(TestDomain test, String service, Result created, Runnable destroy) {
    if (!created.ok()) {
      throw new ExtensionConfigurationException(
          "hyper-junit could not create the "
              + service
              + " service of domain "
              + test.hyper().domain()
              + ": "
              + created);
    }
    test.destroyers().add(destroy);
  }

  /**
   * A domain name unique to one test run: {@code t-} and 16 hex digits of the test's unique id,
   * then a sequence number. It satisfies hyper's strictest name rules (cache and queue).
   */
  static String domainFor(String uniqueId, long sequence) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(uniqueId.getBytes(StandardCharsets.UTF_8));
      return "t-" + HexFormat.of().formatHex(digest, 0, 8) + "-" + sequence;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Servers are shared by extensions with the same app keys (secrets included). */
  private record ServerKey(Map<String, String> appKeys) {}

  /**
   * The server in JUnit's root store, closed by JUnit after the whole run: one hyper-local, or the
   * in-process one of several behind a balancer.
   */
  private record Server(HyperLocal local, Optional<ScaledOut> scaledOut) implements AutoCloseable {
    @Override
    public void close() {
      scaledOut.ifPresentOrElse(ScaledOut::close, local::close);
    }
  }

  /** One test's domain: its client, and how to destroy each service it created. */
  private record TestDomain(Hyper hyper, List<Runnable> destroyers) implements AutoCloseable {
    @Override
    public void close() {
      try {
        destroyers.forEach(Runnable::run);
      } finally {
        hyper.close(); // each test's client owns an HTTP client and its threads
      }
    }
  }

  /** Options of a {@link HyperExtension}. */
  public static final class Builder {
    private final Map<String, String> appKeys = new LinkedHashMap<>();
    private List<String> searchFields = List.of("title", "description");
    private String queueTarget;
    private String queueSecret;

    private Builder() {}

    /**
     * Runs hyper-local with auth on, and connects each test's {@link Hyper} with this key. Defaults
     * to no key (auth off).
     *
     * @throws IllegalArgumentException for an empty key or secret
     */
    public Builder appKey(String key, String secret) {
      if (key == null || key.isEmpty() || secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("appKey needs a non-empty key and secret");
      }
      if (!appKeys.isEmpty()) {
        throw new IllegalArgumentException(
            "hyper-junit connects with one app key; appKey was already set");
      }
      appKeys.put(key, secret);
      return this;
    }

    /**
     * The fields (indexed and stored) of each test's search index. Defaults to {@code title,
     * description}.
     *
     * @throws IllegalArgumentException for no field or a blank one
     */
    public Builder searchFields(String... fields) {
      List<String> list = List.of(fields);
      if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("searchFields needs one or more non-blank field names");
      }
      this.searchFields = list;
      return this;
    }

    /**
     * Also creates each test's queue, delivering to {@code target} (an http(s) URL). Defaults to no
     * queue: most tests start their own target and call {@code hyper.queue().create(...)}.
     */
    public Builder queueTarget(String target) {
      this.queueTarget = Objects.requireNonNull(target, "target");
      return this;
    }

    /** The secret that signs deliveries of the queue made by {@link #queueTarget}. */
    public Builder queueSecret(String secret) {
      this.queueSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * The extension, to assign to a {@code static} field annotated with {@code @RegisterExtension}.
     */
    public HyperExtension build() {
      if (queueSecret != null && queueTarget == null) {
        throw new IllegalArgumentException("queueSecret needs queueTarget");
      }
      return new HyperExtension(this);
    }
  }
}
