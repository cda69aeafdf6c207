package io.hyper.local.s3;

import io.hyper.local.engine.EngineUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the S3 engine keeps its buckets, read from its URL (the grammar is in {@link
 * S3StorageFactory}). {@link #toString()} never shows the secret.
 *
 * @param bucket the S3 bucket that holds every hyper bucket
 * @param prefix the key prefix inside it, without slashes at either end; empty for none
 * @param endpoint the S3 endpoint; empty for AWS's own, chosen by region
 * @param region the signing region; empty for the SDK's default region chain
 * @param pathStyle true for {@code http://host/bucket/key} requests, false for virtual hosts
 * @param accessKey the access key from the URL; empty for the SDK's default credentials chain
 * @param secret the secret key from the URL; empty exactly when {@code accessKey} is
 * @param partSize the bytes of each part of a multipart upload
 */
record S3Location(
    String bucket,
    String prefix,
    Optional<URI> endpoint,
    Optional<String> region,
    boolean pathStyle,
    Optional<String> accessKey,
    Optional<String> secret,
    int partSize) {
  /** The part size unless {@code partSize} says otherwise: 8 MiB. */
  static final int DEFAULT_PART_MIB = 8;

  /** S3's smallest part (but the last) is 5 MiB; 512 MiB keeps a part's buffer sane. */
  static final int MIN_PART_MIB = 5;

  static final int MAX_PART_MIB = 512;

  /** AWS's rule for bucket names, which every S3-compatible server accepts. */
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  private static final String KNOWN = "endpoint, region, pathStyle, partSize";

  /**
   * Reads an {@code s3://} URL.
   *
   * @throws IllegalArgumentException naming what is wrong, never repeating the secret
   */
  static S3Location parse(EngineUrl url) {
    if (url.isBare()) {
      throw bad("names no S3 bucket; give s3://bucket[/prefix]?endpoint=…");
    }
    URI uri = url.uri();
    if (uri.getRawFragment() != null) {
      throw bad("cannot have a #fragment");
    }
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty() || authority.endsWith("@")) {
      throw bad("names no S3 bucket; give s3://bucket[/prefix]");
    }
    Optional<String> accessKey = Optional.empty();
    Optional<String> secret = Optional.empty();
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      if (colon <= 0 || colon == userInfo.length() - 1) {
        throw bad(
            "needs both an access key and a secret (s3://accessKey:secret@bucket), or neither");
      }
      accessKey = Optional.of(decode(userInfo.substring(0, colon), "access key"));
      secret = Optional.of(decode(userInfo.substring(colon + 1), "secret"));
      authority = authority.substring(at + 1);
    }
    if (authority.contains(":")) {
      throw bad("takes no port after the bucket; the server goes in ?endpoint=http://host:port");
    }
    if (!BUCKET.matcher(authority).matches()) {
      throw bad(
          "names the S3 bucket '"
              + authority
              + "', which is not a valid bucket name (3 to 63 of a-z 0-9 . -)");
    }
    String prefix = prefix(uri.getRawPath());
    Map<String, String> query = query(uri.getRawQuery());
    Optional<URI> endpoint =
        Optional.ofNullable(query.remove("endpoint")).map(S3Location::endpoint);
    Optional<String> region = Optional.ofNullable(query.remove("region")).map(S3Location::region);
    boolean pathStyle = bool("pathStyle", query.remove("pathStyle"));
    int partMib = partSize(query.remove("partSize"));
    if (!query.isEmpty()) {
      throw bad(
          "has unknown parameter(s) "
              + String.join(", ", query.keySet())
              + " (known: "
              + KNOWN
              + ")");
    }
    return new S3Location(
        authority, prefix, endpoint, region, pathStyle, accessKey, secret, partMib * 1024 * 1024);
  }

  /** The URL's parts that may be shown, the secret as {@code ****}. */
  @Override
  public String toString() {
    return "s3://"
        + accessKey.map(k -> k + ":****@").orElse("")
        + bucket
        + (prefix.isEmpty() ? "" : "/" + prefix)
        + "?endpoint="
        + endpoint.map(URI::toString).orElse("(AWS)")
        + "&region="
        + region.orElse("(default)")
        + "&pathStyle="
        + pathStyle
        + "&partSize="
        + partSize / (1024 * 1024);
  }

  private static String prefix(String rawPath) {
    String path = rawPath == null ? "" : rawPath;
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String prefix = decode(path, "prefix");
    for (String segment : prefix.split("/", -1)) {
      if (!prefix.isEmpty() && (segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
        throw bad("has a prefix with an empty, . or .. segment");
      }
    }
    if (prefix.getBytes(StandardCharsets.UTF_8).length > 512) {
      throw bad("has a prefix longer than 512 bytes; S3 keys are at most 1024");
    }
    return prefix;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "parameter " + name);
      if (params.put(name, value) != null) {
        throw bad("gives parameter " + name + " twice");
      }
    }
    return params;
  }

  private static URI endpoint(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw bad("has an endpoint that is not a URL (at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw bad("needs an endpoint like http://127.0.0.1:9000 or https://s3.example.com");
    }
    if (uri.getRawUserInfo() != null) {
      throw bad("has credentials in its endpoint; give them as s3://accessKey:secret@bucket");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw bad("has an endpoint with a query or fragment; percent-encode it or leave them out");
    }
    return uri;
  }

  private static String region(String value) {
    if (!value.matches("[a-z0-9-]{1,64}")) {
      throw bad("has a region that is not a region name such as us-east-1");
    }
    return value;
  }

  private static boolean bool(String name, String value) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad("has " + name + "=" + value + "; give true or false");
    };
  }

  private static int partSize(String value) {
    if (value == null) {
      return DEFAULT_PART_MIB;
    }
    int mib;
    try {
      mib = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw bad("has partSize=" + value + "; give MiB, " + MIN_PART_MIB + " to " + MAX_PART_MIB);
    }
    if (mib < MIN_PART_MIB || mib > MAX_PART_MIB) {
      throw bad("has partSize=" + value + "; give MiB, " + MIN_PART_MIB + " to " + MAX_PART_MIB);
    }
    return mib;
  }

  private static String decode(String raw, String what) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad("has a malformed percent-escape in its " + what);
    }
  }

  private static IllegalArgumentException bad(String why) {
    return new IllegalArgumentException("the s3: storage URL " + why);
  }
}
