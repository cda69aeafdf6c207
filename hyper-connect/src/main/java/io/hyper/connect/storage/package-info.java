/**
 * The storage service: objects (files) in a bucket, uploaded and downloaded as streams so that no
 * object is ever held whole in memory. {@link io.hyper.connect.storage.StorageService} is the
 * service; {@link io.hyper.connect.storage.DownloadResult} carries a download's open stream and
 * {@link io.hyper.connect.storage.UrlResult} a signed URL.
 */
package io.hyper.connect.storage;
