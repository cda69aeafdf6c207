package io.hyper.junit;

import io.hyper.local.JsInterop;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * hyper's official JS client runs its whole interop script ({@code
 * hyper-local/src/test/js/interop}, the same checks as against one server) against three
 * hyper-local processes on shared engines behind nginx, every request going to the next process.
 * Only with {@code -Pengines}.
 */
class ScaleOutJsInteropIT {
  @Test
  void theOfficialClientPassesEveryCheckAgainstThreeInstances() throws Exception {
    JsInterop interop =
        new JsInterop(
            Path.of("..", "hyper-local", "src", "test", "js", "interop"),
            Path.of("target", "interop"));
    try (ScaledOut cluster =
        ScaledOut.start(
            Optional.empty(),
            3,
            Deployment.fromSystemProperties(),
            Map.of("interop-key", "interop-secret"),
            List.of("--delivery-attempts", "2", "--delivery-backoff", "100ms"))) {
      String url = cluster.url();
      interop.assertEveryCheckPasses(
          url.replace("http://", "http://interop-key:interop-secret@") + "/interop");
    }
  }
}
