/**
 * Implementation details of the SDK, not API: the HTTP transport and its retries, request and reply
 * types, the JWT signer and its token cache, the JSON codec, URL building and percent encoding,
 * argument checks and the TTL grammar. Anything here may change without notice.
 *
 * <p>A service is an interface of the API implemented in {@code internal.service} over {@link
 * io.hyper.connect.internal.ServiceClient}: each action builds a {@link
 * io.hyper.connect.internal.Call} once, then its sync form sends it with {@code send()} and its
 * async form with {@code sendAsync()}. {@link io.hyper.connect.internal.JsonCodec} is the SDK's
 * wire mapper beside the app's {@link io.hyper.connect.json.DocumentCodec}.
 *
 * <p>Start with {@link io.hyper.connect.internal.Operation}: the table of every operation, what may
 * be retried after which failure ({@link io.hyper.connect.internal.SendFailure}) and which timeouts
 * bound it. {@link io.hyper.connect.internal.Transport} sends; each exchange is an {@link
 * io.hyper.connect.internal.Attempt} that can be aborted and watches its own progress; an async
 * call is an {@link io.hyper.connect.internal.AsyncCall} on the {@link
 * io.hyper.connect.internal.SendPool}.
 */
package io.hyper.connect.internal;
