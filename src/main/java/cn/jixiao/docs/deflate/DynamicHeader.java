package cn.jixiao.docs.deflate;

import java.util.Arrays;

/**
 * The header of a deflate block with its own Huffman code (RFC 1951 §3.2.7): the literal/length and distance code
 * lengths, run-length coded (repeats of a length, runs of zeros) in a code of their own.
 */
public final class DynamicHeader {

    private static final int MAX_LENGTH_BITS = 7;
    private static final int REPEAT = 16;
    private static final int ZEROS = 17;
    private static final int MANY_ZEROS = 18;
    /** The order RFC 1951 sends the code-length code's lengths in. */
    private static final int[] LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int[] EXTRA_BITS = new int[19];

    static {
        EXTRA_BITS[REPEAT] = 2;
        EXTRA_BITS[ZEROS] = 3;
        EXTRA_BITS[MANY_ZEROS] = 7;
    }

    private final int literals;
    private final int distances;
    /** The run-length coded lengths: code-length symbol in the low byte, its extra bits' value above. */
    private final int[] runs;
    private final int runCount;
    private final int[] lengthLengths;
    private final int[] lengthCodes;
    private final int sent;
    private final long bits;

    private DynamicHeader(int literals, int distances, int[] runs, int runCount, int[] lengthLengths) {
        this.literals = literals;
        this.distances = distances;
        this.runs = runs;
        this.runCount = runCount;
        this.lengthLengths = lengthLengths;
        this.lengthCodes = HuffmanCodes.reversedCodes(lengthLengths);
        int s = LENGTH_ORDER.length;
        while (s > 4 && lengthLengths[LENGTH_ORDER[s - 1]] == 0) {
            s--;
        }
        this.sent = s;
        long b = 3 + 5 + 5 + 4 + 3L * s;
        for (int k = 0; k < runCount; k++) {
            int symbol = runs[k] & 0xFF;
            b += lengthLengths[symbol] + EXTRA_BITS[symbol];
        }
        this.bits = b;
    }

    /** For literal/length code lengths (at least the 257 of the literals and the end) and distance code lengths. */
    public static DynamicHeader of(int[] literalLengths, int[] distanceLengths) {
        int literals = Math.max(257, usedLength(literalLengths));
        int distances = Math.max(1, usedLength(distanceLengths));
        int[] all = new int[literals + distances];
        System.arraycopy(literalLengths, 0, all, 0, literals);
        System.arraycopy(distanceLengths, 0, all, literals, distances);
        int[] runs = new int[all.length];
        int count = 0;
        long[] freq = new long[19];
        for (int i = 0; i < all.length; ) {
            int length = all[i];
            int run = 1;
            while (i + run < all.length && all[i + run] == length) {
                run++;
            }
            i += run;
            if (length == 0) {
                while (run >= 11) {
                    int take = Math.min(run, 138);
                    runs[count++] = MANY_ZEROS | (take - 11) << 8;
                    run -= take;
                }
                if (run >= 3) {
                    runs[count++] = ZEROS | (run - 3) << 8;
                    run = 0;
                }
            } else {
                runs[count++] = length;
                run--;
                while (run >= 3) {
                    int take = Math.min(run, 6);
                    runs[count++] = REPEAT | (take - 3) << 8;
                    run -= take;
                }
            }
            for (; run > 0; run--) {
                runs[count++] = length;
            }
        }
        for (int k = 0; k < count; k++) {
            freq[runs[k] & 0xFF]++;
        }
        // zlib's inflater refuses a code-length code of one symbol: give it a second.
        if (Arrays.stream(freq).filter(f -> f > 0).count() < 2) {
            freq[freq[0] > 0 ? 1 : 0]++;
        }
        return new DynamicHeader(literals, distances, runs, count, HuffmanCodes.lengths(freq, MAX_LENGTH_BITS));
    }

    /** How many bits {@link #writeLastBlock} writes. */
    long bits() {
        return bits;
    }

    /** The start of a stream's last (here: only) block, coded with this code: its three first bits, then the header. */
    public void writeLastBlock(DeflateBits out) {
        out.write(1, 1); // the last block
        out.write(2, 2); // coded with its own Huffman code
        out.write(literals - 257, 5);
        out.write(distances - 1, 5);
        out.write(sent - 4, 4);
        for (int i = 0; i < sent; i++) {
            out.write(lengthLengths[LENGTH_ORDER[i]], 3);
        }
        for (int k = 0; k < runCount; k++) {
            int symbol = runs[k] & 0xFF;
            out.write(lengthCodes[symbol], lengthLengths[symbol]);
            if (EXTRA_BITS[symbol] > 0) {
                out.write(runs[k] >>> 8, EXTRA_BITS[symbol]);
            }
        }
    }

    private static int usedLength(int[] lengths) {
        int n = lengths.length;
        while (n > 0 && lengths[n - 1] == 0) {
            n--;
        }
        return n;
    }
}
