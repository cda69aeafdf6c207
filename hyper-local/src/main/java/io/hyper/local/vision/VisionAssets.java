package io.hyper.local.vision;

import io.hyper.local.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The UI's static files, read from the jar once and served with a strict set of security headers.
 * Only names of the shape {@code views/data.js} with a known extension are looked up, so no request
 * can reach another resource of the class path.
 */
final class VisionAssets {
  /**
   * The page's policy: its own scripts, styles and fonts only, no inline script or style, images
   * also from {@code blob:} (previews of stored objects, fetched with the token) and nothing may
   * frame it.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private static final Pattern NAME =
      Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*\\.(html|css|js|svg|png)");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png");

  private final Map<String, Optional<byte[]>> loaded = new ConcurrentHashMap<>();

  /** The file at {@code name} ({@code ""} is the page itself), or a 404 JSON answer. */
  Response serve(String name) {
    String file = name.isEmpty() ? "index.html" : name;
    Optional<byte[]> bytes =
        NAME.matcher(file).matches()
            ? loaded.computeIfAbsent(file, VisionAssets::load)
            : Optional.empty();
    if (bytes.isEmpty()) {
      return secured(Response.error(404, "not found!"));
    }
    byte[] body = bytes.get();
    String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    return secured(Response.stream(200, type, out -> out.write(body), OptionalLong.of(body.length)))
        .withHeader("Cache-Control", "no-cache");
  }

  /** Adds the headers every answer under {@code /_vision} carries. */
  static Response secured(Response response) {
    return response
        .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Cross-Origin-Opener-Policy", "same-origin")
        .withHeader("Cross-Origin-Resource-Policy", "same-origin");
  }

  private static Optional<byte[]> load(String file) {
    try (InputStream in = VisionAssets.class.getResourceAsStream("assets/" + file)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hyper vision's " + file, e);
    }
  }
}
