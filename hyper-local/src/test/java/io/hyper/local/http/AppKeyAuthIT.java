package io.hyper.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.hyper.local.TestHttp;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** App-key auth over real HTTP (contract §1.6, §11 Q10/Q11). */
class AppKeyAuthIT {
  private static final String KEY = "app-key";
  private static final String SECRET = "shh"; // shorter than 256 bits on purpose
  private static final String LONG_SECRET = "a-secret-that-is-longer-than-thirty-two-bytes!!";

  private static HttpApp app;
  private static TestHttp http;

  @BeforeAll
  static void start() throws Exception {
    Router.class.getName();
    ServiceModule open =
        new ServiceModule() {
          @Override
          public String name() {
            return "signed";
          }

          @Override
          public void register(Router router) {
            router.addOpen("GET", "/signed/{x}", r -> Response.ok(200));
          }

          @Override
          public void close() {}
        };
    app =
        HttpApp.start(
            new InetSocketAddress("127.0.0.1", 0),
            List.of(open),
            Optional.of(
                new AppKeyAuth(Map.of(KEY, SECRET, "other", LONG_SECRET), Clock.systemUTC())));
    http = new TestHttp("http://127.0.0.1:" + app.port());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void goodTokenPasses() {
    assertThat(http.get("/", "Authorization", "Bearer " + token(KEY, SECRET, 300)).status())
        .isEqualTo(200);
    assertThat(
            http.get("/", "Authorization", "Bearer " + token("other", LONG_SECRET, 300)).status())
        .isEqualTo(200);
  }

  @Test
  void tokenSignedByHandWithTheShortSecretPasses() throws Exception {
    // Signed with the JDK's Mac over the raw 3-byte secret: the SDKs' way, independent of nimbus.
    String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String claims =
        b64("{\"sub\":\"" + KEY + "\",\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String sig =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
    assertThat(
            http.get("/", "Authorization", "Bearer " + header + "." + claims + "." + sig).status())
        .isEqualTo(200);
  }

  @Test
  void expiredWithinTheSkewStillPasses() {
    assertThat(http.get("/", "Authorization", "Bearer " + token(KEY, SECRET, -10)).status())
        .isEqualTo(200);
  }

  @Test
  void missingHeaderIs401() {
    assertUnauthorized(http.get("/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer garbage", "Bearer a.b.c", "Bearer", "Basic dXNlcjpwYXNz", ""})
  void garbageIs401(String authorization) {
    assertUnauthorized(http.get("/", "Authorization", authorization));
  }

  @Test
  void wrongKeyIs401() {
    assertUnauthorized(http.get("/", "Authorization", "Bearer " + token("nobody", SECRET, 300)));
  }

  @Test
  void wrongSecretIs401() {
    assertUnauthorized(
        http.get("/", "Authorization", "Bearer " + token(KEY, "not-the-secret", 300)));
    assertUnauthorized(http.get("/", "Authorization", "Bearer " + token(KEY, LONG_SECRET, 300)));
  }

  @Test
  void expiredIs401() {
    assertUnauthorized(http.get("/", "Authorization", "Bearer " + token(KEY, SECRET, -60)));
  }

  @Test
  void tokenWithoutExpIs401() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(KEY).build());
    jwt.sign(new MACSigner(AppKeyAuth.hmacKey(SECRET)));
    assertUnauthorized(http.get("/", "Authorization", "Bearer " + jwt.serialize()));
  }

  @Test
  void algNoneIs401() {
    String unsigned =
        new PlainJWT(
                new JWTClaimsSet.Builder()
                    .subject(KEY)
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                    .build())
            .serialize();
    assertUnauthorized(http.get("/", "Authorization", "Bearer " + unsigned));
  }

  @Test
  void otherHmacAlgorithmIs401() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.HS512),
            new JWTClaimsSet.Builder()
                .subject(KEY)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
    jwt.sign(new MACSigner(java.util.Arrays.copyOf(SECRET.getBytes(StandardCharsets.UTF_8), 64)));
    assertUnauthorized(http.get("/", "Authorization", "Bearer " + jwt.serialize()));
  }

  @Test
  void unknownRouteIsStill401WithoutAToken() {
    assertUnauthorized(http.get("/data/nothing"));
  }

  @Test
  void openRouteNeedsNoToken() {
    assertThat(http.get("/signed/x").status()).isEqualTo(200);
  }

  private static String token(String key, String secret, long expiresInSeconds) {
    return AppKeyAuth.sign(
        key, secret, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(expiresInSeconds - 300)));
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertUnauthorized(TestHttp.Reply reply) {
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.text()).isEqualTo("{\"ok\":false,\"status\":401,\"msg\":\"not authorized\"}");
  }
}
