package io.hyper.spring.boot.autoconfigure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.queue.SignatureVerifier;
import io.hyper.spring.boot.webhook.HyperWebhook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExecutionChain;
import tools.jackson.databind.json.JsonMapper;

/** What a {@code @HyperWebhook} path answers, and when the app refuses to start. */
class WebhookEndpointTest {
  private static final String SECRET = "queue-secret";

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(HyperWebhookAutoConfiguration.class))
          .withBean(Worker.class);

  /** A job type. */
  record Order(String id, int qty) {}

  /** A bean with a webhook that records what it received. */
  static class Worker {
    final List<Order> received = new CopyOnWriteArrayList<>();

    @HyperWebhook("/jobs")
    void receive(Order order) {
      if (order.qty() < 0) {
        throw new IllegalArgumentException("negative quantity");
      }
      received.add(order);
    }
  }

  static String sign(String secret, String t, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
    return "t=" + t + ",sig=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static MockHttpServletResponse post(
      WebhookEndpoints endpoints, String path, String signature, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    if (signature != null) {
      request.addHeader(SignatureVerifier.HEADER, signature);
    }
    return handle(endpoints, request);
  }

  private static MockHttpServletResponse handle(
      WebhookEndpoints endpoints, MockHttpServletRequest request) throws Exception {
    HandlerExecutionChain chain = endpoints.getHandler(request);
    assertThat(chain).as("a handler for " + request.getRequestURI()).isNotNull();
    MockHttpServletResponse response = new MockHttpServletResponse();
    ((WebhookEndpoint) chain.getHandler()).handleRequest(request, response);
    return response;
  }

  private static String now() {
    return Long.toString(System.currentTimeMillis());
  }

  @Test
  void aSignedJobIsDecodedAndHandedToTheMethod() {
    runner
        .withPropertyValues("hyper.webhook.secret=" + SECRET)
        .run(
            context -> {
              WebhookEndpoints endpoints = context.getBean(WebhookEndpoints.class);
              String body = "{\"id\":\"o-1\",\"qty\":2,\"extra\":true}";
              MockHttpServletResponse response =
                  post(endpoints, "/jobs", sign(SECRET, now(), body.getBytes()), body);

              assertThat(response.getStatus()).isEqualTo(200);
              assertThat(response.getContentAsString()).isEqualTo("{\"ok\":true}");
              assertThat(context.getBean(Worker.class).received)
                  .containsExactly(new Order("o-1", 2));
              assertThat(endpoints.paths()).containsExactly("/jobs");
            });
  }

  @Test
  void aForgedOrUnsignedJobIs401AndNeverReachesTheMethod() {
    runner
        .withPropertyValues("hyper.webhook.secret=" + SECRET)
        .run(
            context -> {
              WebhookEndpoints endpoints = context.getBean(WebhookEndpoints.class);
              String body = "{\"id\":\"o-1\",\"qty\":2}";
              MockHttpServletResponse forged =
                  post(endpoints, "/jobs", sign("wrong", now(), body.getBytes()), body);
              MockHttpServletResponse unsigned = post(endpoints, "/jobs", null, body);
              // Signed, then altered: the signature is over the raw bytes.
              MockHttpServletResponse altered =
                  post(
                      endpoints,
                      "/jobs",
                      sign(SECRET, now(), body.getBytes()),
                      "{\"id\":\"o-1\", \"qty\":2}");

              assertThat(List.of(forged.getStatus(), unsigned.getStatus(), altered.getStatus()))
                  .containsOnly(401);
              assertThat(forged.getContentAsString())
                  .isEqualTo("{\"ok\":false,\"status\":401,\"msg\":\"Unauthorized\"}");
              assertThat(context.getBean(Worker.class).received).isEmpty();
            });
  }

  @Test
  void anOldSignatureIs422WhenAToleranceIsSet() {
    runner
        .withPropertyValues("hyper.webhook.secret=" + SECRET, "hyper.webhook.tolerance=5m")
        .run(
            context -> {
              String body = "{\"id\":\"o-1\",\"qty\":2}";
              String old =
                  Long.toString(System.currentTimeMillis() - Duration.ofHours(1).toMillis());
              MockHttpServletResponse response =
                  post(
                      context.getBean(WebhookEndpoints.class),
                      "/jobs",
                      sign(SECRET, old, body.getBytes()),
                      body);

              assertThat(response.getStatus()).isEqualTo(422);
              assertThat(context.getBean(Worker.class).received).isEmpty();
            });
  }

  @Test
  void aBodyThatIsNotTheJobTypeIs400AndAThrowingMethodIs500() {
    runner
        .withPropertyValues("hyper.webhook.secret=" + SECRET)
        .run(
            context -> {
              WebhookEndpoints endpoints = context.getBean(WebhookEndpoints.class);
              String notJson = "not json";
              String negative = "{\"id\":\"o-2\",\"qty\":-1}";

              MockHttpServletResponse bad =
                  post(endpoints, "/jobs", sign(SECRET, now(), notJson.getBytes()), notJson);
              MockHttpServletResponse failed =
                  post(endpoints, "/jobs", sign(SECRET, now(), negative.getBytes()), negative);

              assertThat(bad.getStatus()).isEqualTo(400);
              assertThat(bad.getContentAsString()).contains("\"ok\":false").contains("Order");
              assertThat(failed.getStatus()).isEqualTo(500);
              assertThat(failed.getContentAsString())
                  .doesNotContain("negative quantity")
                  .contains("job handler failed");
            });
  }

  @Test
  void onlyPostIsAnswered() {
    runner
        .withPropertyValues("hyper.webhook.secret=" + SECRET)
        .run(
            context -> {
              MockHttpServletResponse response =
                  handle(
                      context.getBean(WebhookEndpoints.class),
                      new MockHttpServletRequest("GET", "/jobs"));
              assertThat(response.getStatus()).isEqualTo(405);
              assertThat(response.getHeader("Allow")).isEqualTo("POST");
            });
  }

  @Test
  void aTooLargeBodyIs413() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/jobs");
    request.setContent(new byte[WebhookEndpoint.MAX_BODY + 1]);
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            "/jobs",
            new Worker(),
            Worker.class.getDeclaredMethod("receive", Order.class),
            SignatureVerifier.of(SECRET),
            JsonMapper.builder().build());
    MockHttpServletResponse response = new MockHttpServletResponse();
    endpoint.handleRequest(request, response);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString()).contains("larger than");
  }

  @Test
  void aWebhookWithoutASecretFailsTheStart() {
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .hasStackTraceContaining("@HyperWebhook(\"/jobs\") needs hyper.webhook.secret");
        });
  }

  @Test
  void aWebhookMustTakeExactlyTheJob() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HyperWebhookAutoConfiguration.class))
        .withBean(TwoParameters.class)
        .withPropertyValues("hyper.webhook.secret=" + SECRET)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("must take exactly one parameter, the job");
            });
  }

  /** A webhook method with a parameter too many. */
  static class TwoParameters {
    @HyperWebhook("/jobs")
    void receive(Order order, String extra) {}
  }
}
