/**
 * How the SDK turns the app's values into JSON and back: the {@link
 * io.hyper.connect.json.DocumentCodec} SPI, and {@link io.hyper.connect.json.JacksonCodec}, the
 * Jackson 3 codec used by default.
 *
 * <p>Everything built from the app's values goes through the codec set with {@link
 * io.hyper.connect.Hyper.Builder#codec(DocumentCodec)}: documents, cache values, search documents,
 * queue jobs, selectors, sorts and index filters; and every payload a result decodes on demand
 * ({@code doc(Movie.class)}). The SDK's own wire types (result envelopes, cache entries' keys, bulk
 * items, errors) are read with the SDK's own mapper, never the app's, so an app's naming strategy
 * or strict settings cannot break them.
 */
package io.hyper.connect.json;
