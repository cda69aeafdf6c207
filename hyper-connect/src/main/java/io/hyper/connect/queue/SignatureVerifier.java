package io.hyper.connect.queue;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a queue job delivered to your endpoint was sent by hyper, using its {@code
 * X-HYPER-SIGNATURE} header.
 *
 * <p>hyper signs each delivery with the queue's secret: the header reads {@code t=<epoch
 * millis>,sig=<hex>} where {@code sig} is HMAC-SHA256 over {@code t + "." + body}. This verifier
 * recomputes that HMAC over the <em>raw request body</em> and compares it in constant time. It is
 * framework-free, immutable and thread-safe: create one per secret and share it.
 *
 * <p>Results are in hyper's shape ({@link VerifyResult}): {@code {ok:true}}; 401 {@code
 * Unauthorized} for a missing or malformed header or a wrong signature; 422 {@code Timestamp not
 * within acceptable range} when a {@linkplain #withTolerance tolerance} is set and {@code now - t}
 * is negative (a time in the future) or larger than the tolerance. Answer the delivery with {@link
 * VerifyResult#status()} when it is not ok: hyper then records the job as failed.
 *
 * <p>From a plain JDK {@code com.sun.net.httpserver} handler:
 *
 * <pre>{@code
 * SignatureVerifier verifier = SignatureVerifier.of(System.getenv("QUEUE_SECRET"))
 *     .withTolerance(Duration.ofMinutes(5));
 *
 * server.createContext("/jobs", exchange -> {
 *   byte[] body = exchange.getRequestBody().readAllBytes();
 *   VerifyResult check = verifier.verify(
 *       exchange.getRequestHeaders().getFirst(SignatureVerifier.HEADER), body);
 *   if (check.ok()) {
 *     handleJob(body); // parse the JSON only after it was verified
 *   }
 *   exchange.sendResponseHeaders(check.status(), -1);
 *   exchange.close();
 * });
 * }</pre>
 *
 * <p>From a Spring {@code @RestController} (ask Spring for the body as {@code byte[]} so that
 * nothing re-serialises it before the check):
 *
 * <pre>{@code
 * @PostMapping("/jobs")
 * ResponseEntity<Void> receive(
 *     @RequestHeader(value = "X-HYPER-SIGNATURE", required = false) String signature,
 *     @RequestBody byte[] body) {
 *   VerifyResult check = verifier.verify(signature, body);
 *   if (!check.ok()) {
 *     return ResponseEntity.status(check.status()).build();
 *   }
 *   handleJob(body);
 *   return ResponseEntity.ok().build();
 * }
 * }</pre>
 */
public final class SignatureVerifier {

  /** The name of the header hyper signs deliveries with: {@value}. */
  public static final String HEADER = "X-HYPER-SIGNATURE";

  private static final String HMAC = "HmacSHA256";
  private static final JsonMapper COMPACT = JsonMapper.builder().build();

  private final SecretKeySpec key;
  private final Duration tolerance;
  private final Clock clock;

  private SignatureVerifier(SecretKeySpec key, Duration tolerance, Clock clock) {
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * Creates a verifier for a queue's secret, with no time check and the system UTC clock.
   *
   * @param secret the secret given to {@code queue().create(target, secret)}
   * @return a verifier; add a window with {@link #withTolerance(Duration)}
   * @throws IllegalArgumentException if {@code secret} is null or empty (its value is never shown)
   */
  public static SignatureVerifier of(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException(
          "secret must be a non-empty string, was " + (secret == null ? "null" : "empty"));
    }
    return new SignatureVerifier(
        new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC), null, Clock.systemUTC());
  }

  /**
   * Returns a copy that also rejects deliveries signed more than {@code tolerance} ago or in the
   * future (422). Without one, which is the default, the time is not checked.
   *
   * @param tolerance the largest accepted age of a signature, zero or positive
   * @return a new verifier; this one is unchanged
   * @throws IllegalArgumentException if {@code tolerance} is null or negative
   */
  public SignatureVerifier withTolerance(Duration tolerance) {
    if (tolerance == null || tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must be zero or positive, was " + tolerance);
    }
    return new SignatureVerifier(key, tolerance, clock);
  }

  /**
   * Returns a copy that reads the current time from {@code clock}, for tests. Defaults to {@link
   * Clock#systemUTC()}.
   *
   * @param clock the clock the tolerance window is measured with
   * @return a new verifier; this one is unchanged
   * @throws IllegalArgumentException if {@code clock} is null
   */
  public SignatureVerifier withClock(Clock clock) {
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null");
    }
    return new SignatureVerifier(key, tolerance, clock);
  }

  /**
   * The tolerance window, if one was set.
   *
   * @return the largest accepted signature age; empty when the time is not checked
   */
  public Optional<Duration> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  /**
   * Verifies a delivery against the exact bytes of its request body.
   *
   * @param header the value of {@code X-HYPER-SIGNATURE}; null when the header is absent
   * @param rawBody the request body exactly as received
   * @return ok, 401 or 422, as described on this class
   * @throws NullPointerException if {@code rawBody} is null
   */
  public VerifyResult verify(String header, byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    Optional<SignatureHeader> parsed = SignatureHeader.parse(header);
    if (parsed.isEmpty()) {
      return VerifyResult.unauthorized();
    }
    SignatureHeader signature = parsed.get();
    if (!MessageDigest.isEqual(hmac(signature.timestamp(), rawBody), signature.signature())) {
      return VerifyResult.unauthorized();
    }
    if (tolerance != null) {
      long age = clock.millis() - signature.millis();
      if (age < 0 || age > tolerance.toMillis()) {
        return VerifyResult.outOfRange();
      }
    }
    return VerifyResult.accepted();
  }

  /**
   * Verifies a delivery against its request body as text, encoded as UTF-8 (hyper sends UTF-8
   * JSON).
   *
   * @param header the value of {@code X-HYPER-SIGNATURE}; null when the header is absent
   * @param rawBody the request body exactly as received
   * @return ok, 401 or 422, as described on this class
   * @throws NullPointerException if {@code rawBody} is null
   */
  public VerifyResult verify(String header, String rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    return verify(header, rawBody.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Verifies a delivery whose body a framework has already parsed, by re-serialising it as compact
   * JSON in its key order (what hyper sends). Prefer the raw-body overloads: a parse and
   * re-serialise round trip can change the text (hyper's JavaScript writes the number {@code 1e21}
   * as {@code 1e+21}, Jackson as {@code 1.0E21}), and then the signature no longer matches.
   *
   * @param header the value of {@code X-HYPER-SIGNATURE}; null when the header is absent
   * @param payload the parsed job
   * @return ok, 401 or 422, as described on this class
   * @throws NullPointerException if {@code payload} is null
   */
  public VerifyResult verify(String header, JsonNode payload) {
    Objects.requireNonNull(payload, "payload");
    return verify(header, COMPACT.writeValueAsBytes(payload));
  }

  private byte[] hmac(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** Describes the verifier without its secret. */
  @Override
  public String toString() {
    return "SignatureVerifier{secret=****, tolerance=" + tolerance + "}";
  }
}
