package cn.jixiao.docs.render;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An output stream into memory that never copies what it holds until {@link #toByteArray}, once: a
 * ByteArrayOutputStream that outgrows its buffer copies it into one twice the size, then copies again for the
 * result, which for a 350 KB PDF was 2 % of its render. Not thread-safe: one writer writes into it.
 */
final class ByteChunks extends OutputStream {

    private static final int FIRST = 64 * 1024;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[FIRST];
    private int used;
    private long total;

    @Override
    public void write(int b) {
        if (used == current.length) {
            next();
        }
        current[used++] = (byte) b;
        total++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        total += len;
        while (len > 0) {
            if (used == current.length) {
                next();
            }
            int n = Math.min(len, current.length - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Chunks double, so a file of n bytes is about log2(n / 64 K) of them. */
    private void next() {
        full.add(current);
        current = new byte[current.length * 2];
        used = 0;
    }

    byte[] toByteArray() {
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2 GB written");
        }
        byte[] out = new byte[(int) total];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, out, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(current, 0, out, at, used);
        return out;
    }
}
