package io.hyper.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * hyper's official JS client (npm {@code hyper-connect} 0.12.0, installed from the npm registry by
 * this test) drives every service of a hyper-local with auth on; {@code src/test/js/interop} holds
 * the script and its assertions ({@link JsInterop}). Skipped, saying so, only where Node.js is not
 * installed.
 */
class OfficialJsClientIT {
  @Test
  void officialClientPassesEveryCheckAgainstHyperLocal() throws Exception {
    JsInterop interop =
        new JsInterop(Path.of("src", "test", "js", "interop"), Path.of("target", "interop"));
    assumeTrue(
        interop.nodeInstalled(),
        "Node.js is not installed: skipping the interop test with hyper's official JS client");
    try (HyperLocal hyper =
        HyperLocal.builder()
            .appKey("interop-key", "interop-secret")
            .deliveryAttempts(2)
            .deliveryBackoff(Duration.ofMillis(100))
            .start()) {
      interop.assertEveryCheckPasses(hyper.connectionString("interop"));
    }
  }
}
