package cn.jixiao.docs.pdf;

import java.util.Arrays;

/**
 * A page's content stream as it is written: operators, numbers as OpenPDF printed them (two decimals, five below
 * one), and glyph codes as escaped two-byte strings. One per page, on one thread.
 */
final class ContentBytes {

    private byte[] bytes = new byte[8192];
    private int size;

    byte[] toByteArray() { return Arrays.copyOf(bytes, size); }

    ContentBytes append(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    ContentBytes append(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** A number as OpenPDF's ByteBuffer.formatDouble printed it, so the page draws exactly where it did. */
    ContentBytes number(double d) {
        if (Math.abs(d) < 0.000015) {
            return append('0');
        }
        if (d < 0) {
            append('-');
            d = -d;
        }
        if (d < 1) {
            d += 0.000005;
            if (d >= 1) {
                return append('1');
            }
            int v = (int) (d * 100000);
            append('0').append('.');
            for (int unit = 10000; unit > 0 && v != 0; unit /= 10) {
                append((char) ('0' + v / unit));
                v %= unit;
            }
            return this;
        }
        if (d <= 32767) {
            return hundredths((int) ((d + 0.005) * 100));
        }
        return integer((long) (d + 0.5));
    }

    /** A fixed-point number given in hundredths: 12345 is 123.45, 1230 is 12.3. */
    ContentBytes hundredths(long v) {
        if (v < 0) {
            append('-');
            v = -v;
        }
        integer(v / 100);
        int cents = (int) (v % 100);
        if (cents != 0) {
            append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                append((char) ('0' + cents % 10));
            }
        }
        return this;
    }

    ContentBytes integer(long v) {
        if (v < 0) {
            append('-');
            v = -v;
        }
        if (v >= 10) {
            integer(v / 10);
        }
        return append((char) ('0' + v % 10));
    }

    /** Two-byte codes as a literal string, escaped as PDF strings must be. */
    ContentBytes codes(char[] codes, int count) {
        ensure(2 + 4 * count);
        bytes[size++] = '(';
        for (int i = 0; i < count; i++) {
            escaped((byte) (codes[i] >> 8));
            escaped((byte) codes[i]);
        }
        bytes[size++] = ')';
        return this;
    }

    private void escaped(byte b) {
        switch (b) {
            case '(', ')', '\\' -> {
                bytes[size++] = '\\';
                bytes[size++] = b;
            }
            case '\r' -> {
                bytes[size++] = '\\';
                bytes[size++] = 'r';
            }
            case '\n' -> {
                bytes[size++] = '\\';
                bytes[size++] = 'n';
            }
            default -> bytes[size++] = b;
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
