/**
 * Implementation details of the SDK, not API: the HTTP transport and its retries, request and reply
 * types, the JWT signer and its token cache, the JSON codec, URL building and percent encoding,
 * argument checks and the TTL grammar. Anything here may change without notice.
 *
 * <p>A service is a thin class over {@link io.hyper.connect.internal.ServiceClient}: each action
 * builds a {@link io.hyper.connect.internal.Call} once, then sends it with {@code send()} (sync) or
 * {@code sendAsync()} (async).
 */
package io.hyper.connect.internal;
