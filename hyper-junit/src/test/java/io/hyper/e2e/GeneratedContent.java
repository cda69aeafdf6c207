package io.hyper.e2e;

import java.io.InputStream;

/**
 * A deterministic stream of pseudo-random bytes of a given size, generated on the fly so a large
 * object never sits in memory: eight bytes at a time from an xorshift64 sequence.
 */
final class GeneratedContent extends InputStream {
  private final long size;
  private long position;
  private long state;

  /** A stream of {@code size} bytes; equal seeds give equal bytes. */
  GeneratedContent(long size, long seed) {
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
      long at = position + i;
      if ((at & 7) == 0) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
      }
      buffer[offset + i] = (byte) (state >>> ((at & 7) * 8));
    }
    position += n;
    return n;
  }
}
