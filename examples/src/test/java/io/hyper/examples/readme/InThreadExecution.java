package io.hyper.examples.readme;

import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs each snippet on the calling thread of this JVM. JShell's own "local" engine runs a snippet
 * in a thread group and then joins every thread of that group, including the ones earlier snippets
 * started and left running (an {@code HttpClient}'s selector, an executor's idle threads), so a
 * README with a {@code Hyper} it never closes would wait for them forever.
 */
final class InThreadExecution implements ExecutionControlProvider {

  @Override
  public String name() {
    return "in-thread";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return new DirectExecutionControl();
  }
}
