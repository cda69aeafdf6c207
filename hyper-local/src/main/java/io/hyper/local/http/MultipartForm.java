package io.hyper.local.http;

import io.hyper.local.core.HyperError;
import io.hyper.local.core.storage.StorageService;
import io.hyper.local.port.StoragePort.Staged;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * Reads a {@code multipart/form-data} upload (§7.3) with Commons FileUpload's streaming API: the
 * {@code file} part goes straight to the bucket's staging area, the {@code path} field is kept.
 * Nothing of the file is held in memory.
 */
final class MultipartForm {
  /** The longest {@code path} field accepted, in bytes. */
  private static final int MAX_FIELD = 4096;

  static final String MISSING_FILE =
      "body must be FormData that contains a file field and optional path field";

  /** What a form carried: its staged file, the file's name, and the {@code path} field. */
  record Upload(Staged file, String fileName, Optional<String> path) implements AutoCloseable {
    @Override
    public void close() {
      file.close();
    }
  }

  private MultipartForm() {}

  /** True when the request is a multipart form upload (§7.2 rule 1). */
  static boolean isMultipart(Request request) {
    return request
        .header("Content-Type")
        .map(t -> t.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))
        .orElse(false);
  }

  /**
   * Reads the form, streaming its first {@code file} part into {@code bucket}'s staging area.
   *
   * @return the upload; the caller commits its file or closes it
   * @throws HyperError 422 when there is no file part; 400 for a malformed form; 404 when the
   *     bucket does not exist
   */
  static Upload read(Request request, StorageService storage, String bucket) throws IOException {
    Staged staged = null;
    String fileName = null;
    Optional<String> path = Optional.empty();
    try {
      FileItemInputIterator items = new Parser().getItemIterator(request);
      while (items.hasNext()) {
        FileItemInput item = items.next();
        if (item.isFormField() && "path".equals(item.getFieldName()) && path.isEmpty()) {
          path = Optional.of(readField(item));
        } else if (!item.isFormField() && "file".equals(item.getFieldName()) && staged == null) {
          fileName = item.getName();
          try (InputStream in = item.getInputStream()) {
            staged = storage.stage(bucket, in);
          }
        }
      }
    } catch (FileUploadException e) {
      closeQuietly(staged);
      throw HyperError.badRequest("malformed multipart body: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      closeQuietly(staged);
      throw e;
    }
    if (staged == null || fileName == null || fileName.isEmpty()) {
      closeQuietly(staged);
      throw HyperError.unprocessable(MISSING_FILE);
    }
    return new Upload(staged, fileName, path);
  }

  private static String readField(FileItemInput item) throws IOException {
    try (InputStream in = item.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_FIELD + 1);
      if (bytes.length > MAX_FIELD) {
        throw HyperError.badRequest("path field is longer than " + MAX_FIELD + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void closeQuietly(Staged staged) {
    if (staged != null) {
      staged.close();
    }
  }

  /**
   * Commons FileUpload bound to our {@link Request}. hyper-local uses only its streaming API; the
   * buffering forms ({@code parseRequest}) work too but would spool parts to temporary files.
   */
  private static final class Parser
      extends AbstractFileUpload<Request, DiskFileItem, DiskFileItemFactory> {
    Parser() {
      setHeaderCharset(StandardCharsets.UTF_8);
      setFileItemFactory(DiskFileItemFactory.builder().get());
    }

    @Override
    public FileItemInputIterator getItemIterator(Request request) throws IOException {
      return getItemIterator(context(request));
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(Request request)
        throws FileUploadException {
      return parseParameterMap(context(request));
    }

    @Override
    public List<DiskFileItem> parseRequest(Request request) throws FileUploadException {
      return parseRequest(context(request));
    }

    private static RequestContext context(Request request) {
      InputStream body = CompleteBody.of(request);
      String contentType = request.header("Content-Type").orElse("");
      return new RequestContext() {
        @Override
        public String getCharacterEncoding() {
          return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
          return request.header("Content-Length").map(Long::parseLong).orElse(-1L);
        }

        @Override
        public String getContentType() {
          return contentType;
        }

        @Override
        public InputStream getInputStream() {
          return body;
        }

        @Override
        public boolean isMultipartRelated() {
          return false;
        }
      };
    }
  }
}
