package io.hyper.spring.boot.autoconfigure.webhook;

import java.util.List;

/** The paths the app receives queue jobs on, whatever web stack serves them. */
public interface WebhookPaths {

  /**
   * Returns the paths of the app's webhooks, in the order they were found.
   *
   * @return the paths, e.g. {@code ["/jobs"]}
   */
  List<String> paths();
}
