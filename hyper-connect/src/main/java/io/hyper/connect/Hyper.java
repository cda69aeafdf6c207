package io.hyper.connect;

import io.hyper.connect.cache.CacheService;
import io.hyper.connect.data.DataService;
import io.hyper.connect.info.InfoService;
import io.hyper.connect.internal.Backoff;
import io.hyper.connect.internal.CallEvents;
import io.hyper.connect.internal.Check;
import io.hyper.connect.internal.DotEnv;
import io.hyper.connect.internal.Endpoints;
import io.hyper.connect.internal.JsonCodec;
import io.hyper.connect.internal.OwnedClient;
import io.hyper.connect.internal.ServiceClient;
import io.hyper.connect.internal.TokenSigner;
import io.hyper.connect.internal.Transport;
import io.hyper.connect.internal.service.Services;
import io.hyper.connect.json.DocumentCodec;
import io.hyper.connect.json.JacksonCodec;
import io.hyper.connect.queue.QueueService;
import io.hyper.connect.search.SearchService;
import io.hyper.connect.storage.StorageService;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.ObjectMapper;

/**
 * A connection to one hyper app and domain, and the entry point of the SDK.
 *
 * <pre>{@code
 * Hyper hyper = Hyper.connect("http://localhost:6363/test");
 * String id = hyper.data().add(Map.of("type", "movie", "title", "Dune")).id();
 * Movie dune = hyper.data().get(id).doc(Movie.class);
 * }</pre>
 *
 * <p>One {@code Hyper} is thread-safe and meant to be shared by the whole application: it holds one
 * {@link HttpClient} (keep-alive, HTTP/1.1 for {@code http://}), one JSON mapper and one cached
 * token. {@link #withDomain(String)} gives a client on another domain that shares all of them.
 * Close it when the application stops ({@link #close()}).
 *
 * <p><b>Threads.</b> A sync call sends on the calling thread. An async call sends on a thread of
 * the executor (at most {@link Builder#asyncConcurrency(int)} at once, later ones wait in order)
 * and completes its future there, so dependent stages run on that thread unless you pass an
 * executor to {@code thenApplyAsync} and friends; never block in them. By default the executor is a
 * cached pool of daemon threads named {@code hyper-connect-N}, which also runs the {@code
 * HttpClient}'s own tasks; idle threads end after 60 seconds. The {@code HttpClient} adds one
 * selector thread ({@code HttpClient-N-SelectorManager}), and the JVM one shared timer thread
 * ({@code hyper-connect-timer}) for every {@code Hyper}.
 */
public final class Hyper implements AutoCloseable {
  /** The domain used for cloud connection strings when none is given. */
  public static final String DEFAULT_DOMAIN = "default";

  /** The environment variable {@link #fromEnv()} reads. */
  public static final String ENV = "HYPER";

  private final ConnectionString connectionString;
  private final String domain;
  private final Transport transport;
  private final boolean owner;
  private final DataService data;
  private final CacheService cache;
  private final SearchService search;
  private final StorageService storage;
  private final QueueService queue;
  private final InfoService info;

  private Hyper(
      ConnectionString connectionString, String domain, Transport transport, boolean owner) {
    this.connectionString = connectionString;
    this.domain = domain;
    this.transport = transport;
    this.owner = owner;
    Endpoints endpoints =
        new Endpoints(
            connectionString.scheme(),
            connectionString.host(),
            connectionString.cloud() ? connectionString.path() : null,
            domain);
    this.data = Services.data(new ServiceClient(transport, "data", endpoints.base("data")));
    this.cache = Services.cache(new ServiceClient(transport, "cache", endpoints.base("cache")));
    this.search = Services.search(new ServiceClient(transport, "search", endpoints.base("search")));
    this.storage =
        Services.storage(new ServiceClient(transport, "storage", endpoints.base("storage")));
    this.queue = Services.queue(new ServiceClient(transport, "queue", endpoints.base("queue")));
    this.info = Services.info(new ServiceClient(transport, "info", endpoints.info()));
  }

  /**
   * Connects with default options. For a cloud connection string the domain is {@value
   * #DEFAULT_DOMAIN}.
   *
   * @param connectionString e.g. {@code http://localhost:6363/test} or {@code
   *     cloud://key:secret@cloud.hyper.io/my-app}
   * @return the connection; no request is sent yet
   * @throws IllegalArgumentException when the connection string is invalid (see {@link
   *     ConnectionString#parse(String)}), or its domain is not a lower-case name ({@code a-z 0-9 _
   *     ~ -}, starting with a letter or digit)
   */
  public static Hyper connect(String connectionString) {
    return builder().connectionString(connectionString).build();
  }

  /**
   * Connects to a named domain of a cloud app. A self-hosted connection string names its domain in
   * its path, and {@code domain} is then ignored (as in hyper's official clients).
   *
   * @param connectionString the connection string
   * @param domain the cloud domain, e.g. {@code "orders"}
   * @return the connection
   * @throws IllegalArgumentException when the connection string is invalid or {@code domain} is not
   *     a lower-case name ({@code a-z 0-9 _ ~ -}, starting with a letter or digit)
   */
  public static Hyper connect(String connectionString, String domain) {
    return builder().connectionString(connectionString).domain(domain).build();
  }

  /**
   * Connects with the connection string in the environment variable {@value #ENV}, or, when it is
   * unset or blank, in a {@code HYPER=...} line of the file {@code .env} in the working directory
   * (dotenv conventions: {@code #} comments, optional quotes, an optional {@code export } prefix).
   * The environment variable wins over the file.
   *
   * @return the connection
   * @throws IllegalStateException when neither sets {@value #ENV}, or {@code .env} cannot be read
   * @throws IllegalArgumentException when the value is not a valid connection string (the message
   *     says where it came from and never shows the secret)
   */
  public static Hyper fromEnv() {
    return fromEnv(System::getenv, Path.of(""));
  }

  static Hyper fromEnv(Function<String, String> env, Path directory) {
    String value = env.apply(ENV);
    String source = "environment variable " + ENV;
    if (value == null || value.isBlank()) {
      Path file = directory.resolve(".env");
      value = DotEnv.lookup(file, ENV).orElse(null);
      source = ENV + " in " + file.toAbsolutePath();
    }
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "environment variable "
              + ENV
              + " is not set, nor is it in a .env file in "
              + directory.toAbsolutePath()
              + "; set it to a hyper connection string, e.g. HYPER=http://localhost:6363/test");
    }
    try {
      return connect(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage());
    }
  }

  /**
   * Returns a builder for a connection with custom options.
   *
   * <pre>{@code
   * Hyper hyper = Hyper.builder()
   *     .connectionString(System.getenv("HYPER"))
   *     .domain("orders")
   *     .requestTimeout(Duration.ofSeconds(10))
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the data service: documents, queries, indexes.
   *
   * @return the data service of this domain
   */
  public DataService data() {
    return data;
  }

  /**
   * Returns the cache service: key-value entries with optional time to live.
   *
   * @return the cache service of this domain
   */
  public CacheService cache() {
    return cache;
  }

  /**
   * Returns the search service: full-text indexes of documents.
   *
   * @return the search service of this domain
   */
  public SearchService search() {
    return search;
  }

  /**
   * Returns the storage service: objects in a bucket, streamed both ways.
   *
   * @return the storage service of this domain
   */
  public StorageService storage() {
    return storage;
  }

  /**
   * Returns the queue service: jobs delivered to a URL of yours.
   *
   * @return the queue service of this domain
   */
  public QueueService queue() {
    return queue;
  }

  /**
   * Returns the info service: which services the server runs.
   *
   * @return the info service
   */
  public InfoService info() {
    return info;
  }

  /**
   * Returns the connection string this connection was made with.
   *
   * @return the parsed connection string (its {@code toString} masks the secret)
   */
  public ConnectionString connectionString() {
    return connectionString;
  }

  /**
   * Returns the domain every service addresses.
   *
   * @return the domain: the {@code domain} option for cloud, the path segment for self-hosted
   */
  public String domain() {
    return domain;
  }

  /**
   * Returns a client on another domain that shares this one's HTTP client, connections, token and
   * options. For a self-hosted connection string the domain replaces the one in its path. The
   * returned client owns nothing: closing it does nothing, and closing the client it came from
   * closes the transport both use.
   *
   * <pre>{@code
   * Hyper orders = hyper.withDomain("orders");
   * orders.data().add(Map.of("type", "order"));
   * }</pre>
   *
   * @param domain the domain, e.g. {@code "orders"}
   * @return the client of that domain
   * @throws IllegalArgumentException when not a lower-case name ({@code a-z 0-9 _ ~ -}, starting
   *     with a letter or digit)
   */
  public Hyper withDomain(String domain) {
    return new Hyper(connectionString, Check.domain(domain, "domain"), transport, false);
  }

  /**
   * Closes this client: calls in flight fail with {@link HyperIoException}, later calls throw
   * {@link IllegalStateException}, and what it made is released: its executor's threads end at
   * once, and on Java 21+ its {@code HttpClient} is shut down. On Java 17 an {@code HttpClient}
   * cannot be shut down; its selector thread ends once the client is garbage-collected (this client
   * drops it on close). An {@code HttpClient} or executor given to the builder stays yours: it is
   * not closed. Closing again, or closing a client from {@link #withDomain}, does nothing.
   */
  @Override
  public void close() {
    if (owner) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "Hyper[" + connectionString + ", domain=" + domain + "]";
  }

  /** Options of a {@link Hyper} connection. Not thread-safe; {@link #build()} validates. */
  public static final class Builder {
    private ConnectionString connectionString;
    private String domain = DEFAULT_DOMAIN;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private boolean connectTimeoutSet;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private int maxRetries = 2;
    private int asyncConcurrency = 256;
    private Executor executor;
    private HttpClient httpClient;
    private DocumentCodec codec = JacksonCodec.defaults();
    private boolean throwOnError;
    private SSLContext sslContext;
    private Clock clock = Clock.systemUTC();
    private Backoff backoff = Backoff.DEFAULT;
    private CallListener callListener;

    private Builder() {}

    /**
     * Sets the connection string (required).
     *
     * @param connectionString a {@code cloud://}, {@code http://} or {@code https://} string
     * @return this builder
     * @throws IllegalArgumentException when it is invalid (see {@link
     *     ConnectionString#parse(String)})
     */
    public Builder connectionString(String connectionString) {
      this.connectionString = ConnectionString.parse(connectionString);
      return this;
    }

    /**
     * Sets the connection string, already parsed (required).
     *
     * @param connectionString the connection string
     * @return this builder
     */
    public Builder connectionString(ConnectionString connectionString) {
      this.connectionString = Check.notNull(connectionString, "connectionString");
      return this;
    }

    /**
     * Sets the domain a cloud app is addressed with; ignored for self-hosted strings, whose path
     * names the domain. Defaults to {@value Hyper#DEFAULT_DOMAIN}.
     *
     * @param domain the domain
     * @return this builder
     * @throws IllegalArgumentException when not a lower-case name ({@code a-z 0-9 _ ~ -}, starting
     *     with a letter or digit)
     */
    public Builder domain(String domain) {
      this.domain = Check.domain(domain, "domain");
      return this;
    }

    /**
     * Sets how long to wait for a TCP (and TLS) connection. Defaults to 10 seconds.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when null, zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      this.connectTimeoutSet = true;
      return this;
    }

    /**
     * Sets how long to wait for the answer to each request, until its headers arrive (for an
     * upload: after its body was sent). Defaults to 30 seconds.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when null, zero or negative
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Sets how long a body may make no progress: an upload whose connection takes no bytes, an
     * answer's body that brings none (for a download: each read of its stream). The call then fails
     * with {@link HyperIoException} (a download's stream with an {@code IOException}) naming the
     * operation and the wait. Defaults to 30 seconds.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when null, zero or negative
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /**
     * Sets how often a request that failed on the network is retried, with exponential backoff and
     * jitter. What may be retried is a property of each operation: every operation is retried when
     * the request provably never left (connection refused, connect timeout, unknown host); reads
     * and replaces ({@code get list query download queued errors services signedUrl}, {@code
     * data.update}, {@code data.index}, {@code search.update}, {@code cache.set}, {@code
     * cache.remove}) also when no byte of an answer came back (a request timeout, a connection
     * closed before the answer). Writes that would change the outcome if repeated ({@code add
     * create destroy remove bulk load enqueue upload}) are sent once otherwise; nothing is retried
     * after an answer began, whatever its status, nor after part of a one-shot body (an upload from
     * an {@code InputStream}) was sent. The JDK's {@code HttpClient} itself resends a GET once when
     * a kept-alive connection turns out closed before any byte of the answer, independently of this
     * setting. Defaults to 2.
     *
     * @param maxRetries zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Check.notNegative(maxRetries, "maxRetries");
      return this;
    }

    /**
     * Sets how many async calls may be on the network at once; later ones wait in order, without
     * blocking their caller. Each call on the network blocks one executor thread. Defaults to 256.
     *
     * @param max one or more
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder asyncConcurrency(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("asyncConcurrency must be >= 1, was " + max);
      }
      this.asyncConcurrency = max;
      return this;
    }

    /**
     * Sets the HTTP client to send with (for a proxy, TLS or an executor of your choosing), instead
     * of one this builder makes. It stays yours: {@link Hyper#close()} does not close it. It cannot
     * be combined with {@link #connectTimeout} or {@link #sslContext}, which configure the client
     * this builder makes. Use HTTP/1.1 for {@code http://} servers (the SDK asks for it on each
     * such request) and {@code Redirect.NEVER}. Defaults to a client made by the builder.
     *
     * @param httpClient the client
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Check.notNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Sets the executor whose threads send async calls (each blocks one thread while it is on the
     * network, see {@link #asyncConcurrency}) and complete their futures; it also runs the tasks of
     * the {@code HttpClient} this builder makes. You keep ownership: shut it down yourself.
     * Defaults to a cached pool of daemon threads that {@link Hyper#close()} shuts down.
     *
     * @param executor the executor
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder executor(Executor executor) {
      this.executor = Check.notNull(executor, "executor");
      return this;
    }

    /**
     * Sets the codec that turns the app's values (documents, cache values, search documents, queue
     * jobs, selector operands) into JSON and payloads back into the app's types. The SDK's own
     * types never go through it. Defaults to {@link JacksonCodec#defaults()}; a Jackson 2 app
     * passes {@code Jackson2Codec.of(objectMapper)} from {@code hyper-connect-jackson2}.
     *
     * @param codec the codec
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder codec(DocumentCodec codec) {
      this.codec = Check.notNull(codec, "codec");
      return this;
    }

    /**
     * Sets the Jackson 3 mapper documents are encoded and decoded with, used as is (for example to
     * register modules or naming strategies): short for {@code codec(JacksonCodec.of(mapper))}.
     *
     * @param objectMapper the mapper
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.codec = JacksonCodec.of(Check.notNull(objectMapper, "objectMapper"));
      return this;
    }

    /**
     * Makes every action throw for a not-ok answer instead of returning a not-ok result: the {@link
     * HyperServiceException} subclass matching the status ({@link NotFoundException} for 404,
     * {@link ConflictException} for 409, {@link BadRequestException} for 400, ...), thrown by the
     * sync form and failing the async form's future. Results are then always ok. Defaults to {@code
     * false}: a 4xx answer is a result with {@code ok() == false}, as in every hyper client.
     *
     * @param throwOnError {@code true} to throw
     * @return this builder
     */
    public Builder throwOnError(boolean throwOnError) {
      this.throwOnError = throwOnError;
      return this;
    }

    /**
     * Sets the TLS context for {@code https} and {@code cloud} connections (for example one that
     * trusts a private CA). Defaults to the JDK's default context.
     *
     * @param sslContext the context
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Check.notNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Sets the listener told how every call ended (service, operation, status, duration), for
     * metrics or tracing of your own; see {@link CallListener}. Clients made by {@link
     * Hyper#withDomain} share it. Defaults to none.
     *
     * @param listener the listener
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder callListener(CallListener listener) {
      this.callListener = Check.notNull(listener, "callListener");
      return this;
    }

    /** Sets the clock tokens are dated with; for tests. Defaults to the UTC system clock. */
    Builder clock(Clock clock) {
      this.clock = Check.notNull(clock, "clock");
      return this;
    }

    /** Sets the retry backoff; for tests. Defaults to {@link Backoff#DEFAULT}. */
    Builder backoff(Backoff backoff) {
      this.backoff = Check.notNull(backoff, "backoff");
      return this;
    }

    /**
     * Creates the connection. No request is sent.
     *
     * @return the connection
     * @throws IllegalArgumentException when no connection string was set
     */
    public Hyper build() {
      if (connectionString == null) {
        throw new IllegalArgumentException(
            "connectionString must be set, e.g. builder().connectionString(\"http://localhost:6363/test\")");
      }
      if (httpClient != null && (connectTimeoutSet || sslContext != null)) {
        throw new IllegalArgumentException(
            "httpClient cannot be combined with "
                + (connectTimeoutSet ? "connectTimeout" : "sslContext")
                + ": configure the HttpClient you pass instead");
      }
      String domain =
          connectionString.cloud()
              ? Check.domain(this.domain, "domain")
              : Check.domain(
                  connectionString.domain().orElseThrow(), "the connection string's path (domain)");
      TokenSigner signer =
          connectionString.key().isPresent()
              ? new TokenSigner(connectionString.key().get(), connectionString.secret(), clock)
              : null;
      OwnedClient owned = OwnedClient.create(httpClient, executor, connectTimeout, sslContext);
      Transport transport =
          new Transport(
              owned.client(),
              signer,
              new JsonCodec(codec),
              new Transport.Limits(
                  requestTimeout, idleTimeout, maxRetries, backoff, asyncConcurrency, throwOnError),
              owned.executor(),
              owned,
              new CallEvents(callListener));
      return new Hyper(connectionString, domain, transport, true);
    }

    private static Duration positive(Duration value, String name) {
      Check.notNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
