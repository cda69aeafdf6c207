package io.hyper.spring.boot.autoconfigure.webhook;

import io.hyper.connect.queue.SignatureVerifier;
import io.hyper.connect.queue.VerifyResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.HttpRequestHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the deliveries to one {@code @HyperWebhook} method: verifies the signature over the raw
 * body, decodes the job, calls the method, and answers in hyper's {@code {ok,status,msg}} shape.
 */
final class WebhookEndpoint implements HttpRequestHandler {
  /** Larger bodies are refused (413) before the signature is even checked. */
  static final int MAX_BODY = 4 * 1024 * 1024;

  private static final Log LOG = LogFactory.getLog(WebhookEndpoint.class);

  private final String path;
  private final Object bean;
  private final Method method;
  private final JavaType jobType;
  private final SignatureVerifier verifier;
  private final JsonMapper mapper;

  WebhookEndpoint(
      String path, Object bean, Method method, SignatureVerifier verifier, JsonMapper mapper) {
    this.path = path;
    this.bean = bean;
    this.method = method;
    this.jobType = mapper.constructType(method.getGenericParameterTypes()[0]);
    this.verifier = verifier;
    this.mapper = mapper;
    method.setAccessible(true);
  }

  @Override
  public void handleRequest(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      answer(response, 405, "Method Not Allowed");
      return;
    }
    byte[] body = read(request.getInputStream());
    if (body == null) {
      answer(response, 413, "job is larger than " + MAX_BODY + " bytes");
      return;
    }
    VerifyResult check = verifier.verify(request.getHeader(SignatureVerifier.HEADER), body);
    if (!check.ok()) {
      answer(response, check.status(), check.msg().orElse("Unauthorized"));
      return;
    }
    Object job;
    try {
      job = mapper.readValue(body, jobType);
    } catch (JacksonException e) {
      answer(response, 400, "job does not fit " + jobType.getRawClass().getSimpleName());
      return;
    }
    try {
      method.invoke(bean, job);
    } catch (InvocationTargetException e) {
      LOG.error("@HyperWebhook(\"" + path + "\") " + method + " failed", e.getCause());
      answer(response, 500, "job handler failed");
      return;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
    answer(response, 200, null);
  }

  /** Reads the body, or returns {@code null} when it is larger than {@link #MAX_BODY}. */
  private static byte[] read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    return bytes.length > MAX_BODY ? null : bytes;
  }

  private void answer(HttpServletResponse response, int status, String msg) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", status == 200);
    if (status != 200) {
      body.put("status", status);
      body.put("msg", msg);
    }
    byte[] json = mapper.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
