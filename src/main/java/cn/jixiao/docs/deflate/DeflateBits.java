package cn.jixiao.docs.deflate;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * Bits packed low bit first, as deflate wants them, gathered in 64-bit words and turned into bytes once at the
 * end: the outlines {@link #append} copies are most of a font program, and a word at a time is what the quick
 * compiler makes fast (it writes each byte of a word separately, bounds check and all).
 */
public final class DeflateBits {
    private long[] words;
    private int size;
    /** The bits not yet in a word, low first: {@code count} of them, always fewer than 64. */
    private long buffer;
    private int count;

    public DeflateBits(int expectedBytes) { words = new long[expectedBytes / 8 + 1]; }

    /** Bits that begin with a zlib header: deflate, a 32 K window, no dictionary. */
    public static DeflateBits zlib(int expectedBytes) {
        DeflateBits out = new DeflateBits(expectedBytes);
        out.write(0x78, 8);
        out.write(0x01, 8); // the fastest-level hint; 0x7801 is a multiple of 31 as the header check needs
        return out;
    }

    /** The zlib stream of {@code data} whose last block these bits have just ended: padding, then the checksum. */
    public byte[] endZlib(byte[] data) {
        alignToByte();
        Adler32 adler = new Adler32();
        adler.update(data);
        long sum = adler.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            write((int) (sum >>> shift) & 0xFF, 8);
        }
        return toByteArray();
    }

    /** The low {@code bits} of {@code value}, at most 63, whose bits above them are zero. */
    public void write(long value, int bits) {
        buffer |= value << count;
        count += bits;
        if (count >= 64) {
            room(1);
            words[size++] = buffer;
            count -= 64;
            buffer = count == 0 ? 0 : value >>> (bits - count);
        }
    }

    /** Bytes from..to of {@code data} in their code: the hot loop, kept in locals. */
    public void literals(byte[] data, int from, int to, int[] codes, int[] lengths) {
        room((to - from) / 4 + 2); // no code is longer than 15 bits
        long[] w = words;
        int n = size;
        long bits = buffer;
        int filled = count;
        for (int i = from; i < to; i++) {
            int s = data[i] & 0xFF;
            long code = codes[s];
            int length = lengths[s];
            bits |= code << filled;
            filled += length;
            if (filled >= 64) {
                w[n++] = bits;
                filled -= 64;
                bits = filled == 0 ? 0 : code >>> (length - filled);
            }
        }
        size = n;
        buffer = bits;
        count = filled;
    }

    /** Bits as {@link #packed} made them. */
    public void append(long[] packed) {
        long total = packed[0];
        int whole = (int) (total >>> 6);
        room(whole + 1);
        long[] w = words;
        int n = size;
        long pending = buffer;
        int filled = count;
        if (filled == 0) {
            System.arraycopy(packed, 1, w, n, whole);
            n += whole;
        } else {
            for (int i = 1; i <= whole; i++) {
                long next = packed[i];
                w[n++] = pending | (next << filled);
                pending = next >>> (64 - filled);
            }
        }
        size = n;
        buffer = pending;
        int rest = (int) (total & 63);
        if (rest > 0) {
            write(packed[whole + 1], rest);
        }
    }

    /** The bits so far as {@link #append} takes them back. */
    public long[] packed() {
        long[] out = new long[1 + size + (count > 0 ? 1 : 0)];
        out[0] = 64L * size + count;
        System.arraycopy(words, 0, out, 1, size);
        if (count > 0) {
            out[size + 1] = buffer;
        }
        return out;
    }

    private void alignToByte() {
        count = (count + 7) & ~7;
        if (count == 64) {
            room(1);
            words[size++] = buffer;
            buffer = 0;
            count = 0;
        }
    }

    private byte[] toByteArray() {
        byte[] out = new byte[size * 8 + (count + 7) / 8];
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(words, 0, size);
        for (int at = size * 8, shift = 0; at < out.length; at++, shift += 8) {
            out[at] = (byte) (buffer >>> shift);
        }
        return out;
    }

    private void room(int more) {
        if (size + more > words.length) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, size + more));
        }
    }
}
