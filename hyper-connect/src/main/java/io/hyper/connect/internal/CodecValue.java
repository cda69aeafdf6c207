package io.hyper.connect.internal;

/**
 * A value that holds app values for the client's {@link io.hyper.connect.json.DocumentCodec} to
 * encode when it is sent: a selector built by {@link io.hyper.connect.data.Selectors}, which may be
 * a whole record or POJO ({@code Selectors.of(query)}) whose field names only the codec knows.
 */
public interface CodecValue {
  /**
   * Returns what to hand the codec: an app value, or a JSON tree whose {@code POJONode}s it
   * encodes.
   *
   * @return the value to encode
   */
  Object codecValue();
}
