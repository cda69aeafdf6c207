package io.hyper.local.s3;

import io.hyper.local.port.StoragePort.Item;
import io.hyper.local.port.StoragePort.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The listings of the S3 engine, each a paged {@code ListObjectsV2}: the entries of one folder
 * (with the {@code /} delimiter, so a folder is one common prefix however much it holds), every key
 * under a prefix, and a bucket's totals. Nothing is cached: each listing is what S3 holds now, as
 * every instance sharing the bucket sees it.
 */
final class S3Listings {
  private final S3Client s3;
  private final String bucket;

  S3Listings(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /**
   * The folders, then the objects, directly under {@code prefix} (which ends in {@code /}), each
   * group by name; a folder's size is 0 and its time the epoch.
   */
  List<Item> folder(String prefix) {
    List<Item> items = new ArrayList<>();
    pages(
        prefix,
        true,
        page -> {
          for (CommonPrefix folder : page.commonPrefixes()) {
            String name = folder.prefix().substring(prefix.length());
            items.add(new Item(name.substring(0, name.length() - 1), true, 0, Instant.EPOCH));
          }
          for (S3Object object : page.contents()) {
            String name = object.key().substring(prefix.length());
            if (!folderMarker(name)) {
              items.add(new Item(name, false, object.size(), object.lastModified()));
            }
          }
        });
    items.sort(Comparator.comparing((Item i) -> !i.folder()).thenComparing(Item::name));
    return items;
  }

  /** The names directly under {@code prefix}, objects and folders alike, without the prefix. */
  List<String> names(String prefix) {
    return folder(prefix).stream().map(Item::name).toList();
  }

  /** Every key under {@code prefix}, in every folder, folder markers included. */
  List<String> keys(String prefix) {
    List<String> keys = new ArrayList<>();
    pages(prefix, false, page -> page.contents().forEach(o -> keys.add(o.key())));
    return keys;
  }

  /** True when some key starts with {@code prefix}. */
  boolean any(String prefix) {
    return !S3Faults.call(
            "read the bucket",
            () -> s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).maxKeys(1)))
        .contents()
        .isEmpty();
  }

  /** How many objects are under {@code prefix}, and their bytes. */
  Usage usage(String prefix) {
    long[] totals = new long[2];
    pages(
        prefix,
        false,
        page -> {
          for (S3Object object : page.contents()) {
            if (folderMarker(object.key())) {
              continue;
            }
            totals[0]++;
            totals[1] += object.size();
          }
        });
    return new Usage(totals[0], totals[1]);
  }

  /**
   * True for a key ending in {@code /}: no hyper object has such a name, but S3 consoles create
   * them as empty "folders" and some servers list their directories so.
   */
  static boolean folderMarker(String key) {
    return key.isEmpty() || key.endsWith("/");
  }

  private void pages(String prefix, boolean delimited, Consumer<ListObjectsV2Response> each) {
    S3Faults.run(
        "list the bucket",
        () ->
            s3.listObjectsV2Paginator(
                    b -> {
                      b.bucket(bucket).prefix(prefix);
                      if (delimited) {
                        b.delimiter("/");
                      }
                    })
                .forEach(each));
  }
}
