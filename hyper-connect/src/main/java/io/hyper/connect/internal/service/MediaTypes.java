package io.hyper.connect.internal.service;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of an object from the extension of its name (the text after the last {@code .} of
 * the last segment, contract §10.15), or {@code application/octet-stream}.
 */
final class MediaTypes {
  static final String OCTET_STREAM = "application/octet-stream";

  /** Common web types the JDK's own table lacks or spells differently. */
  private static final Map<String, String> COMMON =
      Map.ofEntries(
          Map.entry("json", "application/json"),
          Map.entry("js", "text/javascript"),
          Map.entry("mjs", "text/javascript"),
          Map.entry("css", "text/css"),
          Map.entry("csv", "text/csv"),
          Map.entry("md", "text/markdown"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/vnd.microsoft.icon"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("wasm", "application/wasm"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("gz", "application/gzip"),
          Map.entry("woff2", "font/woff2"));

  private MediaTypes() {}

  /** Returns the media type for an object name. */
  static String of(String name) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    if (dot < 0 || dot == last.length() - 1) {
      return OCTET_STREAM;
    }
    String extension = last.substring(dot + 1).toLowerCase(Locale.ROOT);
    String known = COMMON.get(extension);
    if (known != null) {
      return known;
    }
    String jdk = URLConnection.getFileNameMap().getContentTypeFor("x." + extension);
    return jdk == null ? OCTET_STREAM : jdk;
  }
}
