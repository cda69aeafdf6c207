package io.hyper.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code hyper.*} properties: where the app's hyper is, how to talk to it, the embedded dev
 * service and the webhook secret.
 *
 * <pre>
 * hyper.connection-string=cloud://key:secret@cloud.hyper.io/my-app   # or the HYPER variable
 * hyper.domain=orders
 * </pre>
 */
@ConfigurationProperties("hyper")
public class HyperProperties {
  /**
   * Connection string of the hyper to use, e.g. "http://localhost:6363/test" or
   * "cloud://key:secret@cloud.hyper.io/my-app". Falls back to the HYPER environment variable.
   */
  private String connectionString;

  /** Domain of a cloud app; a self-hosted connection string names its domain in its path. */
  private String domain = "default";

  /** How long to wait for a TCP (and TLS) connection. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** How long to wait for the answer to each request. */
  private Duration requestTimeout = Duration.ofSeconds(30);

  /** How often a request that failed on the network is retried, where that is safe. */
  private int maxRetries = 2;

  private final Local local = new Local();

  private final Webhook webhook = new Webhook();

  private final Health health = new Health();

  /**
   * Returns the connection string.
   *
   * @return the connection string, or {@code null} when not set
   */
  public String getConnectionString() {
    return connectionString;
  }

  /**
   * Sets the connection string.
   *
   * @param connectionString the connection string
   */
  public void setConnectionString(String connectionString) {
    this.connectionString = connectionString;
  }

  /**
   * Returns the cloud domain.
   *
   * @return the domain
   */
  public String getDomain() {
    return domain;
  }

  /**
   * Sets the cloud domain.
   *
   * @param domain the domain
   */
  public void setDomain(String domain) {
    this.domain = domain;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the timeout
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout the timeout
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * Returns the request timeout.
   *
   * @return the timeout
   */
  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  /**
   * Sets the request timeout.
   *
   * @param requestTimeout the timeout
   */
  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /**
   * Returns how often a failed request is retried.
   *
   * @return the number of retries
   */
  public int getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets how often a failed request is retried.
   *
   * @param maxRetries the number of retries
   */
  public void setMaxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * Returns the embedded dev service's properties.
   *
   * @return the {@code hyper.local.*} properties
   */
  public Local getLocal() {
    return local;
  }

  /**
   * Returns the webhook properties.
   *
   * @return the {@code hyper.webhook.*} properties
   */
  public Webhook getWebhook() {
    return webhook;
  }

  /**
   * Returns the health indicator's properties.
   *
   * @return the {@code hyper.health.*} properties
   */
  public Health getHealth() {
    return health;
  }

  /** The {@code hyper.local.*} properties: hyper-local as a dev and test service. */
  public static class Local {
    /** Whether to start an in-process hyper-local with the context and connect to it. */
    private boolean enabled;

    /** Services to create in the app's domain: data, cache, search, storage, queue. */
    private List<String> services = new ArrayList<>(List.of("data", "cache", "search", "storage"));

    /** Fields the search index indexes and stores. */
    private List<String> searchFields = new ArrayList<>(List.of("title", "description"));

    /**
     * Where the queue delivers jobs: an http(s) URL, or a path of this app (then sent to 127.0.0.1
     * on the app's port). Defaults to the path of the app's only @HyperWebhook.
     */
    private String queueTarget;

    /** Port hyper-local listens on; 0 shares one server on a free port among all contexts. */
    private int port;

    /** Domain of the app; by default each context gets a fresh one of its own. */
    private String domain;

    /**
     * Returns whether the dev service is on.
     *
     * @return whether it is enabled
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the dev service on or off.
     *
     * @param enabled whether it is enabled
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the services to create.
     *
     * @return the service names
     */
    public List<String> getServices() {
      return services;
    }

    /**
     * Sets the services to create.
     *
     * @param services the service names
     */
    public void setServices(List<String> services) {
      this.services = services;
    }

    /**
     * Returns the search index's fields.
     *
     * @return the field names
     */
    public List<String> getSearchFields() {
      return searchFields;
    }

    /**
     * Sets the search index's fields.
     *
     * @param searchFields the field names
     */
    public void setSearchFields(List<String> searchFields) {
      this.searchFields = searchFields;
    }

    /**
     * Returns the queue's target.
     *
     * @return a URL or a path, or {@code null} for the app's only webhook
     */
    public String getQueueTarget() {
      return queueTarget;
    }

    /**
     * Sets the queue's target.
     *
     * @param queueTarget a URL or a path of this app
     */
    public void setQueueTarget(String queueTarget) {
      this.queueTarget = queueTarget;
    }

    /**
     * Returns the port.
     *
     * @return the port, 0 for a shared server on a free port
     */
    public int getPort() {
      return port;
    }

    /**
     * Sets the port.
     *
     * @param port the port
     */
    public void setPort(int port) {
      this.port = port;
    }

    /**
     * Returns the domain.
     *
     * @return the domain, or {@code null} for a fresh one per context
     */
    public String getDomain() {
      return domain;
    }

    /**
     * Sets the domain.
     *
     * @param domain the domain
     */
    public void setDomain(String domain) {
      this.domain = domain;
    }
  }

  /** The {@code hyper.webhook.*} properties: how queue deliveries are verified. */
  public static class Webhook {
    /** Secret the queue signs deliveries with; required by @HyperWebhook methods. */
    private String secret;

    /** How old (or how far in the future) a delivery's signature may be; unset: not checked. */
    private Duration tolerance;

    /**
     * Returns the secret.
     *
     * @return the secret, or {@code null}
     */
    public String getSecret() {
      return secret;
    }

    /**
     * Sets the secret.
     *
     * @param secret the secret
     */
    public void setSecret(String secret) {
      this.secret = secret;
    }

    /**
     * Returns the time window.
     *
     * @return the tolerance, or {@code null} for none
     */
    public Duration getTolerance() {
      return tolerance;
    }

    /**
     * Sets the time window.
     *
     * @param tolerance the tolerance
     */
    public void setTolerance(Duration tolerance) {
      this.tolerance = tolerance;
    }
  }

  /** The {@code hyper.health.*} properties: what the health indicator expects hyper to run. */
  public static class Health {
    /**
     * Services hyper must run for the app to be healthy. Defaults to hyper.local.services when the
     * dev service is on, else none.
     */
    private List<String> services = new ArrayList<>();

    /**
     * Returns the services the app needs.
     *
     * @return the service names
     */
    public List<String> getServices() {
      return services;
    }

    /**
     * Sets the services the app needs.
     *
     * @param services the service names
     */
    public void setServices(List<String> services) {
      this.services = services;
    }
  }
}
