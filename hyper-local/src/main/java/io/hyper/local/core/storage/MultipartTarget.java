package io.hyper.local.core.storage;

import java.util.Optional;

/**
 * Where a multipart upload lands (§7.3): the {@code path} field, or else the URL's object path, as
 * a folder, plus the file part's name without any folder part.
 */
public final class MultipartTarget {
  private MultipartTarget() {}

  /**
   * The object path for a multipart upload.
   *
   * <p>The folder is {@code pathField} when present, else {@code urlPath}. A trailing {@code /} is
   * trimmed, and a last segment with a {@code .} is taken for a file name and dropped (but not
   * {@code .} or {@code ..}, which are left for {@link StorageNames#objectPath} to refuse). The
   * file name keeps only what follows its last {@code /} or {@code \}, as browsers' form parsers
   * do. The result still has to pass {@link StorageNames#objectPath}.
   *
   * @param pathField the form's {@code path} field, if it had one
   * @param urlPath the object path of the URL, if the upload went to {@code
   *     /storage/{bucket}/{path...}}
   * @param fileName the file part's file name
   * @return {@code folder/fileName}, or {@code fileName} without a folder
   */
  public static String objectPath(
      Optional<String> pathField, Optional<String> urlPath, String fileName) {
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    String folder = pathField.filter(p -> !p.isEmpty()).or(() -> urlPath).orElse("");
    while (folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    int slash = folder.lastIndexOf('/');
    String last = folder.substring(slash + 1);
    if (last.contains(".") && !last.equals("..") && !last.equals(".")) {
      folder = slash < 0 ? "" : folder.substring(0, slash);
    }
    return folder.isEmpty() ? name : folder + "/" + name;
  }
}
