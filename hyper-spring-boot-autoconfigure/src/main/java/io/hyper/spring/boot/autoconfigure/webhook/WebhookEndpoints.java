package io.hyper.spring.boot.autoconfigure.webhook;

import io.hyper.connect.queue.SignatureVerifier;
import io.hyper.spring.boot.autoconfigure.HyperProperties;
import io.hyper.spring.boot.webhook.HyperWebhook;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the {@link HyperWebhook} methods of the app's beans and maps each path to its {@link
 * WebhookEndpoint}, ahead of the app's own {@code @RequestMapping}s. Fails the start when a method
 * does not take exactly one parameter, a path is taken twice, or {@code hyper.webhook.secret} is
 * missing: an unverified webhook would accept forged jobs.
 */
public final class WebhookEndpoints extends AbstractUrlHandlerMapping
    implements SmartInitializingSingleton, WebhookPaths {
  private final HyperProperties properties;
  private final JsonMapper mapper;
  private final List<String> paths = new ArrayList<>();

  WebhookEndpoints(HyperProperties properties, JsonMapper mapper) {
    this.properties = properties;
    this.mapper = mapper;
    setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
  }

  @Override
  public List<String> paths() {
    return List.copyOf(paths);
  }

  @Override
  public void afterSingletonsInstantiated() {
    ApplicationContext context = obtainApplicationContext();
    for (String name : context.getBeanNamesForType(Object.class, false, false)) {
      Class<?> type = context.getType(name, false);
      if (type == null) {
        continue;
      }
      Map<Method, HyperWebhook> methods =
          MethodIntrospector.selectMethods(
              ClassUtils.getUserClass(type),
              (MethodIntrospector.MetadataLookup<HyperWebhook>)
                  m -> AnnotatedElementUtils.findMergedAnnotation(m, HyperWebhook.class));
      methods.forEach((method, webhook) -> register(context.getBean(name), method, webhook));
    }
  }

  private void register(Object bean, Method method, HyperWebhook webhook) {
    String path = webhook.value();
    if (method.getParameterCount() != 1) {
      throw new IllegalStateException(
          "@HyperWebhook method " + method + " must take exactly one parameter, the job");
    }
    String secret = properties.getWebhook().getSecret();
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException(
          "@HyperWebhook(\""
              + path
              + "\") needs hyper.webhook.secret, the queue's secret, to verify deliveries");
    }
    SignatureVerifier verifier = SignatureVerifier.of(secret);
    if (properties.getWebhook().getTolerance() != null) {
      verifier = verifier.withTolerance(properties.getWebhook().getTolerance());
    }
    Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
    registerHandler(path, new WebhookEndpoint(path, bean, invocable, verifier, mapper));
    paths.add(path);
  }
}
