import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node in this JVM for hyper-local's -Pengines tests: single-node discovery on
 * 127.0.0.1, HTTP on the port given (9200 by default), data and logs under the directory given.
 * Started by scripts/engines.d/opensearch.sh as a single-file program:
 *
 * <pre>java -Xmx512m -cp "$(cat classpath)" Launcher.java &lt;home&gt; [httpPort]</pre>
 *
 * <p>Only the netty4 module is loaded (OpenSearch's REST layer); hyper-local needs nothing else of
 * the distribution's modules: it splits text into terms itself and indexes them with the core
 * {@code whitespace} analyzer. The node stops on SIGTERM.
 */
public final class Launcher {
  /** A node with plugins from the class path, which only the protected constructor takes. */
  static final class ClasspathNode extends Node {
    ClasspathNode(Environment environment) {
      super(environment, List.of(Netty4Plugin.class), true);
    }
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : "target/engines/opensearch").toAbsolutePath();
    String port = args.length > 1 ? args[1] : "9200";
    Files.createDirectories(home.resolve("config"));
    Files.createDirectories(home.resolve("plugins"));
    Settings settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "hyper-local-tests")
            .put("node.name", "hyper-local-tests")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "9300-9399")
            // A test node on a shared machine: do not go read-only when the disk fills up.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
    LogConfigurator.registerErrorListener();
    LogConfigurator.configureWithoutConfig(settings);
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> "hyper-local-tests");
    Node node = new ClasspathNode(environment);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                }));
    node.start();
    System.out.println("opensearch: started on 127.0.0.1:" + port);
    stopped.await();
  }
}
