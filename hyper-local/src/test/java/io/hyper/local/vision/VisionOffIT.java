package io.hyper.local.vision;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.local.HyperLocal;
import io.hyper.local.TestHttp;
import io.hyper.local.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/** {@code vision(false)} (the jar's {@code --no-vision}) leaves no trace of the UI. */
class VisionOffIT {
  @Test
  void visionOffMakesTheUiAnUnknownRoute() {
    try (HyperLocal server = HyperLocal.builder().vision(false).start()) {
      TestHttp http = new TestHttp(server.url());
      for (String path : new String[] {"/_vision", "/_vision/", "/_vision/app.js"}) {
        Reply reply = http.get(path);
        assertThat(reply.status()).as(path).isEqualTo(404);
        assertThat(reply.json().get("msg").asString()).isEqualTo("not found!");
      }
      assertThat(http.get("/_vision/api/overview").status()).isEqualTo(404);
      assertThat(server.visionUrl()).isEmpty();
    }
  }

  @Test
  void visionIsOnByDefault() {
    try (HyperLocal server = HyperLocal.builder().start()) {
      assertThat(server.visionUrl()).contains(server.url() + "/_vision/");
      assertThat(new TestHttp(server.url()).get("/_vision/").status()).isEqualTo(200);
    }
  }
}
