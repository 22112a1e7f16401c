package cn.jixiao.docs.pdf;

import cn.jixiao.docs.fonts.FontProgram;
import cn.jixiao.docs.fonts.OpenTypeFont;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream (RFC 1950/1951) of one deflate block whose Huffman code is made for the data, with no string
 * matching: for font programs. Their outlines barely repeat (zlib's fastest level finds 2.7 % more to save on the
 * Fandol faces than Huffman coding alone), but looking for repeats was most of the PDF writer's time: this codes
 * 380 KB in about a millisecond, zlib's fastest level in nine. The code is made for the data, or is the face's
 * ({@link FontStreamCode}), whose glyphs come ready coded.
 */
final class HuffmanDeflate {

    private static final int END_OF_BLOCK = 256;
    static final int LITERALS = 257;
    static final int MAX_BITS = 15;
    private static final int MAX_LENGTH_BITS = 7;
    /** The order RFC 1951 sends the code-length code's lengths in. */
    private static final int[] LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private HuffmanDeflate() {}

    static byte[] zlib(byte[] data) {
        long[] freq = new long[LITERALS];
        for (byte b : data) {
            freq[b & 0xFF]++;
        }
        freq[END_OF_BLOCK] = 1;
        int[] lengths = lengths(freq, MAX_BITS);
        int[] codes = reversedCodes(lengths);
        Bits out = begin(data.length, lengths, codes);
        out.literals(data, 0, data.length, codes, lengths);
        return end(out, data, codes, lengths);
    }

    /**
     * A font program in its face's code: the outlines it holds as the face does are copied in as coded before,
     * the rest coded byte by byte. A program whose outlines changed on the way gets a code of its own, and its
     * face none (a TrueType face never needs one).
     */
    static byte[] zlib(FontProgram program, OpenTypeFont face) {
        int[] starts = program.outlineStarts();
        byte[] data = program.bytes();
        if (starts == null) {
            return zlib(data);
        }
        FontStreamCode code = FontStreamCode.of(face);
        int[] glyphs = program.glyphs();
        Bits out = begin(data.length, code.lengths, code.codes);
        out.literals(data, 0, starts[0], code.codes, code.lengths);
        for (int g : glyphs) {
            out.append(code.outline(g));
        }
        out.literals(data, starts[glyphs.length], data.length, code.codes, code.lengths);
        return end(out, data, code.codes, code.lengths);
    }

    /** The zlib header and the block's header, which declares the code. */
    private static Bits begin(int size, int[] lengths, int[] codes) {
        // The literal/length code's lengths, then one distance code (a block must declare one, though it uses none).
        int[] declared = new int[LITERALS + 1];
        System.arraycopy(lengths, 0, declared, 0, LITERALS);
        declared[LITERALS] = 1;
        long[] lengthFreq = new long[19];
        for (int l : declared) {
            lengthFreq[l]++;
        }
        int[] lengthLengths = lengths(lengthFreq, MAX_LENGTH_BITS);
        int[] lengthCodes = reversedCodes(lengthLengths);
        int sent = 19;
        while (sent > 4 && lengthLengths[LENGTH_ORDER[sent - 1]] == 0) {
            sent--;
        }

        Bits out = new Bits(size * 7 / 8 + 1024);
        out.write(0x78, 8); // deflate, 32 K window
        out.write(0x01, 8); // no dictionary, fastest-level hint; 0x7801 is a multiple of 31 as the header check needs
        out.write(1, 1); // the last block
        out.write(2, 2); // coded with its own Huffman code
        out.write(LITERALS - 257, 5);
        out.write(0, 5); // one distance code
        out.write(sent - 4, 4);
        for (int i = 0; i < sent; i++) {
            out.write(lengthLengths[LENGTH_ORDER[i]], 3);
        }
        for (int l : declared) {
            out.write(lengthCodes[l], lengthLengths[l]);
        }
        return out;
    }

    /** The end of the block and the checksum of {@code data}. */
    private static byte[] end(Bits out, byte[] data, int[] codes, int[] lengths) {
        out.write(codes[END_OF_BLOCK], lengths[END_OF_BLOCK]);
        out.alignToByte();
        Adler32 adler = new Adler32();
        adler.update(data);
        long sum = adler.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (sum >>> shift) & 0xFF, 8);
        }
        return out.toByteArray();
    }

    /**
     * {@code data} in the code, packed for {@link Bits#append}: element 0 the number of bits, then the bits, low
     * bit first, 64 to a word.
     */
    static long[] packed(byte[] data, int[] codes, int[] lengths) {
        Bits bits = new Bits(data.length);
        bits.literals(data, 0, data.length, codes, lengths);
        return bits.packed();
    }

    /**
     * Huffman code lengths of at most {@code limit} bits for the symbols that occur. Where the optimal code would be
     * deeper, the counts are halved (rare symbols kept at one) until it is not: the usual way out, losing a little.
     */
    static int[] lengths(long[] freq, int limit) {
        long[] f = freq.clone();
        while (true) {
            int[] lengths = optimalLengths(f);
            int max = 0;
            for (int l : lengths) {
                max = Math.max(max, l);
            }
            if (max <= limit) {
                return lengths;
            }
            for (int i = 0; i < f.length; i++) {
                if (f[i] > 0) {
                    f[i] = Math.max(1, f[i] >> 1);
                }
            }
        }
    }

    /**
     * Huffman's construction with two queues: the symbols by count, and the merged pairs, which come out in
     * ascending order by themselves. Ties take the symbol first, so the code is the same on every run.
     */
    private static int[] optimalLengths(long[] freq) {
        int n = freq.length;
        int[] lengths = new int[n];
        Integer[] order = new Integer[n];
        int leaves = 0;
        for (int i = 0; i < n; i++) {
            if (freq[i] > 0) {
                order[leaves++] = i;
            }
        }
        if (leaves == 1) {
            lengths[order[0]] = 1; // one symbol still needs a one-bit code
            return lengths;
        }
        Integer[] sorted = Arrays.copyOf(order, leaves);
        Arrays.sort(sorted, (a, b) -> freq[a] != freq[b] ? Long.compare(freq[a], freq[b]) : Integer.compare(a, b));
        // Nodes 0..leaves-1 are the sorted symbols, then the merged pairs in the order they are made.
        long[] weight = new long[2 * leaves - 1];
        int[] parent = new int[2 * leaves - 1];
        for (int i = 0; i < leaves; i++) {
            weight[i] = freq[sorted[i]];
        }
        int nextLeaf = 0;
        int nextPair = leaves;
        for (int made = leaves; made < weight.length; made++) {
            int a = nextLeaf < leaves && (nextPair >= made || weight[nextLeaf] <= weight[nextPair]) ? nextLeaf++ : nextPair++;
            int b = nextLeaf < leaves && (nextPair >= made || weight[nextLeaf] <= weight[nextPair]) ? nextLeaf++ : nextPair++;
            weight[made] = weight[a] + weight[b];
            parent[a] = made;
            parent[b] = made;
        }
        // Depths from the root down: every node's parent was made after it.
        int[] depth = new int[weight.length];
        for (int node = weight.length - 2; node >= 0; node--) {
            depth[node] = depth[parent[node]] + 1;
        }
        for (int i = 0; i < leaves; i++) {
            lengths[sorted[i]] = depth[i];
        }
        return lengths;
    }

    /** The canonical codes of RFC 1951 §3.2.2 for these lengths, bit-reversed since deflate sends them low bit first. */
    static int[] reversedCodes(int[] lengths) {
        int[] count = new int[MAX_BITS + 1];
        for (int l : lengths) {
            if (l > 0) {
                count[l]++;
            }
        }
        int[] nextCode = new int[MAX_BITS + 2];
        int code = 0;
        for (int bits = 1; bits <= MAX_BITS; bits++) {
            code = (code + count[bits - 1]) << 1;
            nextCode[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int l = lengths[s];
            if (l > 0) {
                codes[s] = Integer.reverse(nextCode[l]++) >>> (32 - l);
            }
        }
        return codes;
    }

    /**
     * Bits packed low bit first, as deflate wants them, gathered in 64-bit words and turned into bytes once at the
     * end: the outlines {@link #append} copies are most of a font program, and a word at a time is what the quick
     * compiler makes fast (it writes each byte of a word separately, bounds check and all).
     */
    private static final class Bits {
        private long[] words;
        private int size;
        /** The bits not yet in a word, low first: {@code count} of them, always fewer than 64. */
        private long buffer;
        private int count;

        Bits(int expectedBytes) { words = new long[expectedBytes / 8 + 1]; }

        /** The low {@code bits} of {@code value}, at most 63, whose bits above them are zero. */
        void write(long value, int bits) {
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
        void literals(byte[] data, int from, int to, int[] codes, int[] lengths) {
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
        void append(long[] packed) {
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
        long[] packed() {
            long[] out = new long[1 + size + (count > 0 ? 1 : 0)];
            out[0] = 64L * size + count;
            System.arraycopy(words, 0, out, 1, size);
            if (count > 0) {
                out[size + 1] = buffer;
            }
            return out;
        }

        void alignToByte() {
            count = (count + 7) & ~7;
            if (count == 64) {
                room(1);
                words[size++] = buffer;
                buffer = 0;
                count = 0;
            }
        }

        byte[] toByteArray() {
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
}
