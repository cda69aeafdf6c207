package io.hyper.spring.boot.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the receiver of a hyper queue's jobs at a path of this app. The starter
 * answers {@code POST} on that path: it checks the {@code X-HYPER-SIGNATURE} header over the raw
 * body with {@code hyper.webhook.secret} before anything else (401 or 422 as the verifier says, and
 * the method does not run), decodes the body into the method's one parameter with the app's Jackson
 * mapper (400 when it does not fit), calls the method, and answers {@code {ok:true}}. When the
 * method throws, the answer is 500 and hyper retries the delivery.
 *
 * <pre>{@code
 * @Component
 * class Worker {
 *   @HyperWebhook("/jobs")
 *   void receive(OrderPlaced job) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HyperWebhook {

  /**
   * Returns the path jobs are delivered to.
   *
   * @return a path of this app, e.g. {@code "/jobs"}
   */
  String value();
}
