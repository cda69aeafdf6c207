package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.storage.UrlSigner;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed storage URLs of hyper-local (§11 Q7): where they point and how a request to one is
 * checked.
 *
 * <p>Layout: {@code <base>/_signed/storage/<bucket>/<object>?expires=<epoch s>&sig=<hex>}, with
 * bucket and each object segment percent-encoded. The prefix starts with {@code _}, which no hyper
 * service name does, so it can never shadow a bucket's route. The HTTP method is part of the
 * signature, so a download URL cannot be used to upload and vice versa.
 */
final class SignedUrls {
  /** The path prefix of signed-URL routes. */
  static final String PREFIX = "/_signed/storage";

  private final UrlSigner signer;
  private final Optional<String> publicUrl;

  SignedUrls(UrlSigner signer, Optional<String> publicUrl) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.publicUrl = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /** An absolute URL that allows {@code method} on {@code bucket/object} for an hour. */
  String url(Request request, String method, String bucket, String object) {
    UrlSigner.Grant grant = signer.sign(method, bucket, object);
    StringBuilder url = new StringBuilder(publicUrl.orElseGet(request::baseUrl));
    url.append(PREFIX).append('/').append(encode(bucket));
    for (String segment : object.split("/", -1)) {
      url.append('/').append(encode(segment));
    }
    return url.append("?expires=")
        .append(grant.expires().getEpochSecond())
        .append("&sig=")
        .append(grant.sig())
        .toString();
  }

  /**
   * Checks that {@code request} carries a valid, unexpired signature for its method, bucket and
   * object.
   *
   * @throws HyperError 403 otherwise
   */
  void verify(Request request, String bucket, String object) {
    String expires = request.query("expires").orElseThrow(SignedUrls::invalid);
    String sig = request.query("sig").orElseThrow(SignedUrls::invalid);
    signer.verify(request.method(), bucket, object, expires, sig);
  }

  private static HyperError invalid() {
    return HyperError.forbidden("signed URL is not valid");
  }

  /** Percent-encodes one path segment: everything but RFC 3986's unreserved characters. */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
