package io.hyper.connect.storage;

import java.io.InputStream;

/**
 * A deterministic stream of pseudo-random bytes of a given size, generated on the fly (nothing is
 * held in memory), so both ends of a transfer can produce and check the same content.
 */
final class GeneratedStream extends InputStream {
  private final long size;
  private long position;
  private long state;

  /**
   * Creates the stream.
   *
   * @param size how many bytes it yields
   * @param seed which content; equal seeds give equal bytes
   */
  GeneratedStream(long size, long seed) {
    this.size = size;
    this.state = seed | 1;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - position);
    for (int i = 0; i < n; i++) {
      if (((position + i) & 7) == 0) {
        // xorshift64: cheap, and different for every 8-byte block.
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
      }
      buffer[offset + i] = (byte) (state >>> (((position + i) & 7) * 8));
    }
    position += n;
    return n;
  }
}
