package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.Json;
import io.hyper.local.core.storage.MediaTypes;
import io.hyper.local.core.storage.MultipartTarget;
import io.hyper.local.core.storage.StorageNames;
import io.hyper.local.core.storage.StorageService;
import io.hyper.local.core.storage.UrlSigner;
import io.hyper.local.port.StoragePort;
import io.hyper.local.port.StoragePort.StoredObject;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The storage service's routes (§7), with real signed URLs (§11 Q7): the engine's own when it has
 * them (S3 presigned URLs, {@link io.hyper.local.port.StoragePort#presign}), else hyper-local's,
 * whose layout {@link SignedUrls} gives. Uploads and downloads are streamed.
 */
public final class StorageModule implements ServiceModule {
  private final StorageService storage;
  private final SignedUrls signedUrls;

  /**
   * The routes over a ready storage service; {@link #close()} closes it.
   *
   * @param signer signs and checks the URLs of {@code useSignedUrl}
   * @param publicUrl the base URL signed URLs point at; empty for the request's own host
   */
  public StorageModule(StorageService storage, UrlSigner signer, Optional<String> publicUrl) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.signedUrls = new SignedUrls(signer, publicUrl);
  }

  /** {@code storage}. */
  @Override
  public String name() {
    return "storage";
  }

  /** Adds the routes of §7, {@code GET /storage}, and the signed-URL routes. */
  @Override
  public void register(Router router) {
    router
        .add("GET", "/storage", r -> Response.json(200, description()))
        .add("PUT", "/storage/{bucket}", this::create)
        .add("DELETE", "/storage/{bucket}", this::destroy)
        .add("POST", "/storage/{bucket}", this::postToBucket)
        .add("POST", "/storage/{bucket}/{path*}", this::post)
        .add("GET", "/storage/{bucket}/{path*}", this::get)
        .add("DELETE", "/storage/{bucket}/{path*}", this::remove)
        .addOpen("GET", SignedUrls.PREFIX + "/{bucket}/{path*}", this::signedDownload)
        .addOpen("PUT", SignedUrls.PREFIX + "/{bucket}/{path*}", this::signedUpload);
  }

  /** Closes the engine (the embedded one deletes its temporary directory in in-memory mode). */
  @Override
  public void close() {
    storage.close();
  }

  private static tools.jackson.databind.JsonNode description() {
    return Json.object()
        .put("name", "hyper63 Storage")
        .put("version", "1.0")
        .put("status", "unstable");
  }

  private Response create(Request request) throws IOException {
    storage.createBucket(request.param("bucket"));
    return Response.ok(201);
  }

  private Response destroy(Request request) throws IOException {
    storage.destroyBucket(request.param("bucket"));
    return Response.ok(201);
  }

  /** {@code POST /storage/{bucket}}: only a multipart form is an upload here (§7.2). */
  private Response postToBucket(Request request) throws IOException {
    String bucket = StorageNames.bucket(request.param("bucket"));
    if (!MultipartForm.isMultipart(request)) {
      throw HyperError.unprocessable(MultipartForm.MISSING_FILE);
    }
    return multipart(request, bucket, Optional.empty());
  }

  /** {@code POST /storage/{bucket}/{path}}: multipart, signed-URL or binary, in §7.2's order. */
  private Response post(Request request) throws IOException {
    String bucket = StorageNames.bucket(request.param("bucket"));
    String path = request.param("path");
    if (MultipartForm.isMultipart(request)) {
      return multipart(request, bucket, Optional.of(path));
    }
    boolean wantsUrl =
        request.header("Accept").map("application/json"::equals).orElse(false)
            || wantsSignedUrl(request)
            || request.header("Content-Type").isEmpty();
    String object = StorageNames.objectPath(path);
    if (wantsUrl) {
      return signedUrl(201, request, "PUT", bucket, object);
    }
    storage.upload(bucket, object, CompleteBody.of(request));
    return Response.ok(201);
  }

  private Response multipart(Request request, String bucket, Optional<String> urlPath)
      throws IOException {
    try (MultipartForm.Upload upload = MultipartForm.read(request, storage, bucket)) {
      String object = MultipartTarget.objectPath(upload.path(), urlPath, upload.fileName());
      storage.commit(upload.file(), object);
    }
    return Response.ok(201);
  }

  private Response get(Request request) throws IOException {
    String bucket = StorageNames.bucket(request.param("bucket"));
    String object = StorageNames.objectPath(request.param("path"));
    if (wantsSignedUrl(request)) {
      return signedUrl(200, request, "GET", bucket, object);
    }
    return download(bucket, object);
  }

  private Response remove(Request request) throws IOException {
    storage.remove(request.param("bucket"), request.param("path"));
    return Response.ok(201);
  }

  private Response signedDownload(Request request) throws IOException {
    String bucket = StorageNames.bucket(request.param("bucket"));
    String object = StorageNames.objectPath(request.param("path"));
    signedUrls.verify(request, bucket, object);
    return download(bucket, object);
  }

  private Response signedUpload(Request request) throws IOException {
    String bucket = StorageNames.bucket(request.param("bucket"));
    String object = StorageNames.objectPath(request.param("path"));
    signedUrls.verify(request, bucket, object);
    storage.upload(bucket, object, CompleteBody.of(request));
    return Response.ok(201);
  }

  /**
   * Streams an object with its length. The file is opened here, so a missing object is a JSON 404
   * and a replacement committed meanwhile cannot change the bytes or the length sent.
   */
  private Response download(String bucket, String object) throws IOException {
    StoredObject stored = storage.download(bucket, object);
    if (stored.size() == 0) {
      // An empty body is never written, so the writer below would never close the file.
      stored.close();
      return Response.stream(200, MediaTypes.of(object), out -> {}, OptionalLong.of(0));
    }
    Response.Body body =
        new Response.Body() {
          @Override
          public void writeTo(java.io.OutputStream out) throws IOException {
            try (stored) {
              stored.content().transferTo(out);
            }
          }

          @Override
          public void discard() throws IOException {
            stored.close();
          }
        };
    return Response.stream(200, MediaTypes.of(object), body, OptionalLong.of(stored.size()));
  }

  /**
   * For a download, the engine's own URL (an S3 presigned URL, so the engine serves the bytes) when
   * it has one; otherwise, and for every upload, one back to hyper-local signed by {@link
   * SignedUrls}. Uploads always come through hyper-local so that they keep its rules (folders, case
   * twins, whole or nothing) and its answer, 201, on every engine.
   */
  private Response signedUrl(
      int status, Request request, String method, String bucket, String object) throws IOException {
    java.util.Optional<java.net.URI> presigned =
        method.equals("PUT")
            ? java.util.Optional.empty()
            : storage.presign(StoragePort.Access.DOWNLOAD, bucket, object);
    String url =
        presigned
            .map(java.net.URI::toString)
            .orElseGet(() -> signedUrls.url(request, method, bucket, object));
    return Response.json(status, Json.ok().put("url", url));
  }

  private static boolean wantsSignedUrl(Request request) {
    return request.query("useSignedUrl").map("true"::equalsIgnoreCase).orElse(false);
  }
}
