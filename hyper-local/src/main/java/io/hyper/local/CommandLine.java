package io.hyper.local;

import io.hyper.local.engine.EngineUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flags of {@code java -jar hyper-local.jar}, parsed. Both {@code --port 6363} and {@code
 * --port=6363} are accepted.
 *
 * @param help {@code --help} was given
 * @param port {@code --port}, 6363 by default
 * @param host {@code --host}, 127.0.0.1 by default
 * @param dataDir {@code --dir}, {@code ./.hyper} by default; empty with {@code --memory}
 * @param appKeys {@code --app-key key:secret}, repeatable, plus {@code HYPER_LOCAL_APP_KEYS}
 * @param publicUrl {@code --public-url}
 * @param domain {@code --domain}: the domain whose services are created at start-up
 * @param create the services to create in {@code domain}: {@code --data --cache …}
 * @param searchFields {@code --search-fields a,b}: the fields of the search index created
 * @param queueTarget {@code --queue-target}: the webhook of the queue created
 * @param queueSecret {@code --queue-secret}: the secret of the queue created
 * @param printSecret {@code --print-secret}: show the app secret in the printed connection string
 * @param corsOrigins {@code --cors-origin}, repeatable: origins browser pages may call from
 * @param vision false with {@code --no-vision}: hyper vision, the browse UI, is not served
 * @param engines the engine URL given to a service flag ({@code --data postgres://…}), by service
 * @param deliveryAttempts {@code --delivery-attempts}: queue deliveries tried per job
 * @param deliveryBackoff {@code --delivery-backoff}: the wait before a job's first retry
 * @param deliveryTimeout {@code --delivery-timeout}: the most one delivery may take
 * @param signingKey {@code HYPER_LOCAL_SIGNING_KEY}: the secret storage URLs are signed with
 */
record CommandLine(
    boolean help,
    int port,
    String host,
    Optional<Path> dataDir,
    Map<String, String> appKeys,
    Optional<String> publicUrl,
    Optional<String> domain,
    Set<Service> create,
    List<String> searchFields,
    Optional<String> queueTarget,
    Optional<String> queueSecret,
    boolean printSecret,
    List<String> corsOrigins,
    boolean vision,
    Map<Service, EngineUrl> engines,
    java.util.OptionalInt deliveryAttempts,
    Optional<java.time.Duration> deliveryBackoff,
    Optional<java.time.Duration> deliveryTimeout,
    Optional<String> signingKey) {

  /** Leaves the signing key out: it is a secret. */
  @Override
  public String toString() {
    return "CommandLine[port="
        + port
        + ", host="
        + host
        + ", signingKey="
        + signingKey.map(k -> "****").orElse("none")
        + "]";
  }

  static final int DEFAULT_PORT = 6363;
  static final String DEFAULT_DIR = ".hyper";
  static final List<String> DEFAULT_SEARCH_FIELDS = List.of("title", "description");

  static final String USAGE =
      """
      Usage: java -jar hyper-local.jar [flags]

      A hyper-compatible server on embedded engines (SQLite, Lucene, the file system).

        --port <n>                 port to listen on (default 6363; 0 = any free port)
        --host <address>           address to listen on (default 127.0.0.1; 0.0.0.0 for all)
        --dir <path>               keep data in this directory (default ./.hyper)
        --memory                   keep nothing on disk: data is gone when the server stops
        --app-key <key>:<secret>   require HS256 tokens signed with this app key; repeatable.
                                   Also read from HYPER_LOCAL_APP_KEYS (key:secret,key2:secret2)
        --public-url <url>         base URL clients reach this server by, behind a proxy or a
                                   load balancer: signed storage URLs and the printed
                                   connection string use it (default: the host the request
                                   was sent to)
        --data [url]               the engine of each service, by URL (below); with --domain,
        --cache [url]              also create that service in the domain at start-up (the
        --search [url]             flag alone does just that)
        --storage [url]
        --queue [url]
        --domain <name>            create services in this domain at start-up
        --search-fields <a,b,...>  fields of the search index created (default title,description)
        --queue-target <url>       webhook of the queue created (required with --queue)
        --queue-secret <secret>    secret that signs the queue's deliveries
        --print-secret             print the app secret in the connection string (it is
                                   shown as **** otherwise)
        --cors-origin <origin>     let browser pages on this origin call the server (CORS),
                                   e.g. http://localhost:5173, or * for any; repeatable.
                                   Default: none (cross-origin browser requests get 403)
        --no-vision                do not serve hyper vision, the browse UI at /_vision/
        --delivery-attempts <n>    queue deliveries tried per job before it is ERROR (default 3)
        --delivery-backoff <time>  wait before a job's first retry, doubling after (default
                                   1s): 250ms, 2s, 1m
        --delivery-timeout <time>  the most one delivery may take (default 30s); a job whose
                                   server died is delivered again after twice that
        --help                     show this help

      Environment: HYPER_LOCAL_APP_KEYS (as --app-key), HYPER_LOCAL_SIGNING_KEY (the secret that
      signs storage URLs: give every instance behind one load balancer the same, 16+ characters)

      Engines (the defaults keep their data under --dir, or in memory with --memory):
        --data sqlite:  --cache caffeine:  --search lucene:  --storage file:  --queue sqlite:

      It prints the URL and a connection string for hyper-connect, e.g.
        http://127.0.0.1:6363/test
      """;

  /**
   * Parses the arguments and the environment.
   *
   * @throws IllegalArgumentException with a one-line message for anything wrong
   */
  static CommandLine parse(String[] args, Map<String, String> env) {
    Parser p = new Parser(args);
    boolean help = false;
    boolean memory = false;
    boolean printSecret = false;
    boolean vision = true;
    int port = DEFAULT_PORT;
    String host = "127.0.0.1";
    Path dir = null;
    Map<String, String> keys = new LinkedHashMap<>();
    String publicUrl = null;
    String domain = null;
    Set<Service> create = EnumSet.noneOf(Service.class);
    List<String> searchFields = DEFAULT_SEARCH_FIELDS;
    String queueTarget = null;
    String queueSecret = null;
    List<String> corsOrigins = new ArrayList<>();
    Map<Service, EngineUrl> engines = new java.util.EnumMap<>(Service.class);
    Set<Service> bare = EnumSet.noneOf(Service.class);
    java.util.OptionalInt deliveryAttempts = java.util.OptionalInt.empty();
    java.time.Duration deliveryBackoff = null;
    java.time.Duration deliveryTimeout = null;
    String keysFromEnv = env.get("HYPER_LOCAL_APP_KEYS");
    if (keysFromEnv != null && !keysFromEnv.isBlank()) {
      for (String pair : keysFromEnv.split(",")) {
        addKey(keys, pair.trim(), "HYPER_LOCAL_APP_KEYS");
      }
    }
    while (p.hasNext()) {
      String flag = p.next();
      switch (flag) {
        case "--help", "-h" -> help = true;
        case "--memory" -> memory = true;
        case "--print-secret" -> printSecret = true;
        case "--no-vision" -> vision = false;
        case "--port" -> port = port(p.value(flag));
        case "--host" -> host = p.value(flag);
        case "--dir" -> dir = Path.of(p.value(flag));
        case "--app-key" -> addKey(keys, p.value(flag), "--app-key");
        case "--public-url" -> publicUrl = url(p.value(flag), flag);
        case "--domain" -> domain = domain(p.value(flag));
        case "--search-fields" -> searchFields = fields(p.value(flag));
        case "--queue-target" -> queueTarget = url(p.value(flag), flag);
        case "--queue-secret" -> queueSecret = p.value(flag);
        case "--cors-origin" -> corsOrigins.add(p.value(flag));
        case "--delivery-attempts" ->
            deliveryAttempts = java.util.OptionalInt.of(attempts(p.value(flag)));
        case "--delivery-backoff" -> deliveryBackoff = duration(p.value(flag), flag);
        case "--delivery-timeout" -> deliveryTimeout = duration(p.value(flag), flag);
        case "--data", "--cache", "--search", "--storage", "--queue" -> {
          Service service = Service.valueOf(flag.substring(2).toUpperCase(java.util.Locale.ROOT));
          create.add(service);
          Optional<String> url = p.optionalValue();
          if (url.isPresent()) {
            engines.put(service, engineUrl(url.get(), flag));
          } else {
            bare.add(service);
          }
        }
        default -> throw new IllegalArgumentException("unknown flag " + flag);
      }
      p.noValueLeft(flag);
    }
    if (memory && dir != null) {
      throw new IllegalArgumentException("--memory and --dir exclude each other");
    }
    if (domain == null) {
      // A flag with an engine URL only picks the engine; a bare one asks for a service in a domain.
      create.retainAll(bare);
    }
    if (!create.isEmpty() && domain == null) {
      throw new IllegalArgumentException(
          "--data, --cache, --search, --storage and --queue need --domain <name>");
    }
    if (create.contains(Service.QUEUE) && queueTarget == null) {
      throw new IllegalArgumentException("--queue needs --queue-target <url>");
    }
    if (queueSecret != null && queueSecret.length() > 100) {
      throw new IllegalArgumentException("--queue-secret must be at most 100 characters");
    }
    Optional<Path> dataDir =
        memory ? Optional.empty() : Optional.of(dir == null ? Path.of(DEFAULT_DIR) : dir);
    return new CommandLine(
        help,
        port,
        host,
        dataDir,
        keys,
        Optional.ofNullable(publicUrl),
        Optional.ofNullable(domain),
        create,
        searchFields,
        Optional.ofNullable(queueTarget),
        Optional.ofNullable(queueSecret),
        printSecret,
        List.copyOf(corsOrigins),
        vision,
        Map.copyOf(engines),
        deliveryAttempts,
        Optional.ofNullable(deliveryBackoff),
        Optional.ofNullable(deliveryTimeout),
        Optional.ofNullable(env.get("HYPER_LOCAL_SIGNING_KEY")).filter(k -> !k.isBlank()));
  }

  private static int attempts(String text) {
    try {
      int attempts = Integer.parseInt(text);
      if (attempts >= 1 && attempts <= 100) {
        return attempts;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--delivery-attempts must be a number from 1 to 100, was " + text);
  }

  /** A positive time: a number and a unit, {@code ms}, {@code s} or {@code m}. */
  private static java.time.Duration duration(String text, String flag) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m)").matcher(text);
    if (m.matches() && Long.parseLong(m.group(1)) > 0) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> java.time.Duration.ofMillis(n);
        case "s" -> java.time.Duration.ofSeconds(n);
        default -> java.time.Duration.ofMinutes(n);
      };
    }
    throw new IllegalArgumentException(
        flag + " must be a positive time such as 250ms, 2s or 1m, was " + text);
  }

  private static EngineUrl engineUrl(String text, String flag) {
    try {
      return EngineUrl.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(flag + ": " + e.getMessage(), e);
    }
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535, was " + text);
  }

  private static void addKey(Map<String, String> keys, String pair, String source) {
    int colon = pair.indexOf(':');
    if (colon <= 0 || colon == pair.length() - 1) {
      throw new IllegalArgumentException(source + " must be <key>:<secret>");
    }
    keys.put(pair.substring(0, colon), pair.substring(colon + 1));
  }

  private static String url(String text, String flag) {
    if (!text.matches("https?://[^/\\s]+.*")) {
      throw new IllegalArgumentException(flag + " must be an http(s) URL, was " + text);
    }
    return text;
  }

  private static String domain(String text) {
    if (text.isEmpty() || text.contains("/")) {
      throw new IllegalArgumentException(
          "--domain must be one non-empty path segment, was " + text);
    }
    return text;
  }

  private static List<String> fields(String text) {
    List<String> fields = new ArrayList<>();
    for (String field : text.split(",")) {
      if (!field.isBlank()) {
        fields.add(field.trim());
      }
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("--search-fields must name at least one field");
    }
    return List.copyOf(fields);
  }

  /** Walks the arguments; splits {@code --flag=value}. */
  private static final class Parser {
    private final String[] args;
    private int next;
    private String inlineValue;

    Parser(String[] args) {
      this.args = args.clone();
    }

    boolean hasNext() {
      return next < args.length;
    }

    String next() {
      String arg = args[next++];
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        inlineValue = arg.substring(eq + 1);
        return arg.substring(0, eq);
      }
      inlineValue = null;
      return arg;
    }

    String value(String flag) {
      if (inlineValue != null) {
        String value = inlineValue;
        inlineValue = null;
        return value;
      }
      if (next >= args.length || args[next].startsWith("--")) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return args[next++];
    }

    /** The flag's value if one was given inline or as the next argument, which is not a flag. */
    Optional<String> optionalValue() {
      if (inlineValue != null || (next < args.length && !args[next].startsWith("--"))) {
        return Optional.of(value(""));
      }
      return Optional.empty();
    }

    void noValueLeft(String flag) {
      if (inlineValue != null) {
        throw new IllegalArgumentException(flag + " takes no value");
      }
    }
  }
}
