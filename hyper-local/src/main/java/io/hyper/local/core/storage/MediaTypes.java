package io.hyper.local.core.storage;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The media type an object is downloaded with, from the text after the last {@code .} of its last
 * segment (§7.5, §10.15). Text types carry {@code ; charset=UTF-8} (§11 Q16); anything unknown is
 * {@code application/octet-stream}.
 */
public final class MediaTypes {
  /** The media type of an object whose extension is unknown or absent. */
  public static final String OCTET_STREAM = "application/octet-stream";

  private static final Set<String> TEXTUAL =
      Set.of("application/json", "application/xml", "application/javascript");

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("txt", "text/plain"),
          Map.entry("text", "text/plain"),
          Map.entry("log", "text/plain"),
          Map.entry("md", "text/markdown"),
          Map.entry("csv", "text/csv"),
          Map.entry("tsv", "text/tab-separated-values"),
          Map.entry("html", "text/html"),
          Map.entry("htm", "text/html"),
          Map.entry("css", "text/css"),
          Map.entry("js", "application/javascript"),
          Map.entry("mjs", "application/javascript"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("bmp", "image/bmp"),
          Map.entry("ico", "image/vnd.microsoft.icon"),
          Map.entry("tif", "image/tiff"),
          Map.entry("tiff", "image/tiff"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("gz", "application/gzip"),
          Map.entry("tar", "application/x-tar"),
          Map.entry("wasm", "application/wasm"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("wav", "audio/wav"),
          Map.entry("ogg", "audio/ogg"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"));

  private MediaTypes() {}

  /**
   * The media type to download {@code objectPath} with, e.g. {@code image/png} for {@code a/b.png},
   * {@code text/plain; charset=UTF-8} for {@code notes.TXT}.
   */
  public static String of(String objectPath) {
    String name = objectPath.substring(objectPath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) {
      return OCTET_STREAM;
    }
    String type = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      return OCTET_STREAM;
    }
    return type.startsWith("text/") || TEXTUAL.contains(type) ? type + "; charset=UTF-8" : type;
  }
}
