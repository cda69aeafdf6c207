package io.hyper.local.http;

import static io.hyper.local.http.ReplyAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.MutableClock;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed storage URLs (§11 Q7) over real HTTP, with app-key auth on: the URLs work without a token,
 * and are refused once expired or altered.
 */
class SignedUrlIT {
  private static final MutableClock CLOCK = new MutableClock();
  private static HyperLocal hyper;
  private static TestHttp http;
  private static int counter;

  @BeforeAll
  static void start() {
    hyper = HyperLocal.builder().appKey("key", "secret").clock(CLOCK).start();
    http = new TestHttp(hyper.url());
  }

  @AfterAll
  static void stop() {
    hyper.close();
  }

  private static String token() {
    return "Bearer " + AppKeyAuth.sign("key", "secret", CLOCK);
  }

  private static String bucket() {
    String bucket = "signed-" + ++counter;
    assertThat(
            http.send(
                    "PUT", "/storage/" + bucket, BodyPublishers.noBody(), "Authorization", token())
                .status())
        .isEqualTo(201);
    return bucket;
  }

  /** Asks for a signed URL: POST for an upload (201), GET for a download (200). */
  private static String signedUrl(String method, String bucket, String object) {
    Reply reply =
        http.send(
            method,
            "/storage/" + bucket + "/" + object + "?useSignedUrl=true",
            BodyPublishers.noBody(),
            "Authorization",
            token());
    assertThat(reply.status()).isEqualTo(method.equals("POST") ? 201 : 200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
    String url = reply.json().get("url").asString();
    assertThat(URI.create(url).isAbsolute()).isTrue();
    assertThat(url).startsWith(hyper.url() + "/");
    return url;
  }

  /** A request to an absolute URL with no Authorization header. */
  private static Reply anonymous(String method, String url, byte[] body) {
    URI uri = URI.create(url);
    String path = uri.getRawPath() + "?" + uri.getRawQuery();
    return new TestHttp(uri.getScheme() + "://" + uri.getRawAuthority())
        .send(
            method,
            path,
            body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
  }

  @Test
  void signedUrlsUploadAndDownloadWithoutAToken() {
    String bucket = bucket();
    byte[] data = new byte[2 * 1024 * 1024];
    new Random(7).nextBytes(data);
    String up = signedUrl("POST", bucket, "dir/sub%20dir/photo.png");
    Reply put = anonymous("PUT", up, data);
    assertThat(put.status()).isEqualTo(201);
    assertThat(put.json().get("ok").asBoolean()).isTrue();

    String down = signedUrl("GET", bucket, "dir/sub%20dir/photo.png");
    Reply get = anonymous("GET", down, null);
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.header("Content-Type")).isEqualTo("image/png");
    assertThat(get.body()).isEqualTo(data);

    assertError(http.get("/storage/" + bucket + "/dir/sub%20dir/photo.png"), 401);
  }

  @Test
  void alteredSignedUrlsAre403AndStoreNothing() {
    String bucket = bucket();
    String up = signedUrl("POST", bucket, "a.txt");
    String down = signedUrl("GET", bucket, "a.txt");
    byte[] body = {1, 2, 3};
    assertError(anonymous("PUT", up.replace("/a.txt", "/b.txt"), body), 403);
    assertError(anonymous("PUT", up.replace("/" + bucket + "/", "/other/"), body), 403);
    assertError(anonymous("PUT", down, body), 403);
    assertError(anonymous("GET", up, null), 403);
    String sig = up.substring(up.indexOf("sig=") + 4);
    String flipped = (sig.charAt(0) == 'a' ? "b" : "a") + sig.substring(1);
    assertError(anonymous("PUT", up.replace(sig, flipped), body), 403);
    String expires = up.replaceAll(".*expires=(\\d+).*", "$1");
    String later = Long.toString(Long.parseLong(expires) + 86_400);
    assertError(anonymous("PUT", up.replace("expires=" + expires, "expires=" + later), body), 403);
    assertError(anonymous("PUT", up.substring(0, up.indexOf('?')), body), 403);
    Reply missing = http.get("/storage/" + bucket + "/a.txt", "Authorization", token());
    assertError(missing, 404);
  }

  @Test
  void expiredSignedUrlsAre403() {
    String bucket = bucket();
    String up = signedUrl("POST", bucket, "soon.txt");
    String down = signedUrl("GET", bucket, "soon.txt");
    assertThat(anonymous("PUT", up, new byte[] {9}).status()).isEqualTo(201);
    assertThat(anonymous("GET", down, null).status()).isEqualTo(200);
    CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
    Reply expired = anonymous("GET", down, null);
    assertError(expired, 403);
    assertThat(expired.json().get("status").asInt()).isEqualTo(403);
    assertError(anonymous("PUT", up, new byte[] {8}), 403);
  }

  @Test
  void signedDownloadOfAMissingObjectIs404() {
    String bucket = bucket();
    assertError(anonymous("GET", signedUrl("GET", bucket, "never.bin"), null), 404);
  }
}
