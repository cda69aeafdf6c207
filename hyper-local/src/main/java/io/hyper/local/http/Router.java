package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps a method and a path to a {@link Handler}.
 *
 * <p>Patterns are {@code /}-separated: a literal segment ({@code _query}), a parameter ({@code
 * {id}}, exactly one segment, percent-decoded, so {@code %2F} stays inside it), or a final wildcard
 * ({@code {path*}}, one or more segments, each decoded, joined with {@code /}). When several routes
 * match, the one with more literal segments wins ({@code /data/{db}/_query} before {@code
 * /data/{db}/{id}}), then the one without a wildcard.
 */
public final class Router {
  /** A route that matched, with its decoded parameters. */
  public record Match(Handler handler, Map<String, String> params, boolean open) {}

  private record Route(String method, List<String> segments, Handler handler, boolean open) {
    int literals() {
      return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
    }

    boolean wildcard() {
      return !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("*}");
    }
  }

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route that needs app-key auth when auth is on (every route of hyper). */
  public Router add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, split(pattern), Objects.requireNonNull(handler), false));
    return this;
  }

  /**
   * Adds a route that is exempt from app-key auth because it checks a credential of its own (a
   * signed URL, §11 Q7).
   */
  public Router addOpen(String method, String pattern, Handler handler) {
    routes.add(new Route(method, split(pattern), Objects.requireNonNull(handler), true));
    return this;
  }

  /**
   * Finds the route for a request.
   *
   * @param rawPath the path as sent, percent-encoded
   * @throws HyperError 400 when a segment is not valid percent-encoded UTF-8
   */
  public Optional<Match> match(String method, String rawPath) {
    List<String> raw = split(rawPath);
    Route best = null;
    Map<String, String> bestParams = null;
    for (Route route : routes) {
      if (!route.method.equals(method)) {
        continue;
      }
      Map<String, String> params = bind(route.segments, raw);
      if (params != null && (best == null || better(route, best))) {
        best = route;
        bestParams = params;
      }
    }
    return best == null
        ? Optional.empty()
        : Optional.of(new Match(best.handler, bestParams, best.open));
  }

  private static boolean better(Route candidate, Route current) {
    if (candidate.literals() != current.literals()) {
      return candidate.literals() > current.literals();
    }
    return !candidate.wildcard() && current.wildcard();
  }

  private static Map<String, String> bind(List<String> pattern, List<String> raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String p = pattern.get(i);
      if (p.startsWith("{") && p.endsWith("*}")) {
        if (i >= raw.size()) {
          return null;
        }
        List<String> rest = new ArrayList<>();
        for (String segment : raw.subList(i, raw.size())) {
          rest.add(decode(segment));
        }
        params.put(p.substring(1, p.length() - 2), String.join("/", rest));
        return params;
      }
      if (i >= raw.size()) {
        return null;
      }
      String segment = raw.get(i);
      if (p.startsWith("{")) {
        if (segment.isEmpty()) {
          return null;
        }
        params.put(p.substring(1, p.length() - 1), decode(segment));
      } else if (!p.equals(segment)) {
        return null;
      }
    }
    return pattern.size() == raw.size() ? params : null;
  }

  /** Splits {@code /a/b/} into {@code [a, b, ""]} and {@code /} into {@code []}. */
  private static List<String> split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty()) {
      return List.of();
    }
    return List.of(trimmed.split("/", -1));
  }

  /**
   * Percent-decodes one path segment as UTF-8; unlike form decoding, {@code +} stays {@code +}.
   *
   * @throws HyperError 400 for a malformed escape or bytes that are not UTF-8
   */
  static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          throw HyperError.badRequest("malformed percent-encoding in path");
        }
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw HyperError.badRequest("malformed percent-encoding in path");
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw HyperError.badRequest("path is not valid UTF-8");
    }
  }
}
