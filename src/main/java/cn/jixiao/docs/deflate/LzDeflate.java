package cn.jixiao.docs.deflate;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * zlib streams (RFC 1950/1951) with string matching, for text that repeats: a PDF's page content and ToUnicode
 * maps. One candidate per hash of four bytes, its match taken greedily: about what zlib's fastest level saves, in
 * under half its time on page content (zlib took a seventh of a 巨鹿县 PDF's render). Each stream is one block.
 * The DOCX zip stays with java.util.zip: coding its 150 KB of XML here cost a cold JVM's one render about 15 ms
 * of interpreted and quickly compiled code (3 % of a cold start on one core) for a 4 % warm gain. Not
 * thread-safe: one document's writer uses one, stream after stream.
 */
public final class LzDeflate {

    private static final int HASH_BITS = 14;
    private static final int WINDOW = 32 * 1024;
    private static final int MIN_MATCH = 4;
    private static final int MAX_MATCH = 258;
    private static final int END_OF_BLOCK = 256;
    private static final int LENGTH_CODES = 29;
    private static final int DISTANCE_CODES = 30;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
            67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
            5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
            513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
            10, 11, 11, 12, 12, 13, 13};
    /** The length code (0 for symbol 257) of every match length. */
    private static final byte[] LENGTH_CODE = new byte[MAX_MATCH + 1];
    /** The distance code of distance d: entry d - 1 below 256, else 256 + ((d - 1) >> 7), as zlib tabulates it. */
    private static final byte[] DISTANCE_CODE = new byte[512];
    private static final int[] FIXED_LITERAL_LENGTHS = new int[288];
    private static final int[] FIXED_LITERAL_CODES;
    private static final int[] FIXED_DISTANCE_LENGTHS = new int[DISTANCE_CODES];
    private static final int[] FIXED_DISTANCE_CODES;

    static {
        for (int code = 0; code < LENGTH_CODES; code++) {
            int last = code == LENGTH_CODES - 1 ? MAX_MATCH : LENGTH_BASE[code] + (1 << LENGTH_EXTRA[code]) - 1;
            for (int length = LENGTH_BASE[code]; length <= last; length++) {
                LENGTH_CODE[length] = (byte) code;
            }
        }
        for (int code = 0; code < DISTANCE_CODES; code++) {
            for (int d = DISTANCE_BASE[code]; d < DISTANCE_BASE[code] + (1 << DISTANCE_EXTRA[code]); d++) {
                DISTANCE_CODE[d <= 256 ? d - 1 : 256 + ((d - 1) >> 7)] = (byte) code;
            }
        }
        Arrays.fill(FIXED_LITERAL_LENGTHS, 0, 144, 8);
        Arrays.fill(FIXED_LITERAL_LENGTHS, 144, 256, 9);
        Arrays.fill(FIXED_LITERAL_LENGTHS, 256, 280, 7);
        Arrays.fill(FIXED_LITERAL_LENGTHS, 280, 288, 8);
        FIXED_LITERAL_CODES = HuffmanCodes.reversedCodes(FIXED_LITERAL_LENGTHS);
        Arrays.fill(FIXED_DISTANCE_LENGTHS, 5);
        FIXED_DISTANCE_CODES = HuffmanCodes.reversedCodes(FIXED_DISTANCE_LENGTHS);
    }

    /**
     * Per hash, where the last four bytes with it began, plus {@link #base}: entries from earlier streams fall below
     * the current base, so the table is never cleared between streams.
     */
    private final int[] head = new int[1 << HASH_BITS];
    private int base = 1;
    /** The stream as literals (0..255) and matches (length << 16 | distance). */
    private int[] symbols = new int[4096];

    /**
     * Each of {@code streams} as a zlib stream of its own, all in the one code made for them together: a
     * document's pages share their operators and glyphs, and making a code (three Huffman constructions, each
     * sorting its symbols) for every stream took a third of the time of coding a 巨鹿县 page. Their blocks then
     * share one header too.
     */
    public List<byte[]> zlib(List<byte[]> streams) {
        if (streams.isEmpty()) {
            return List.of();
        }
        long total = 0;
        for (byte[] data : streams) {
            total += data.length + 1;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("streams too large to code together: " + total + " bytes");
        }
        if (base > Integer.MAX_VALUE - (int) total) {
            Arrays.fill(head, 0);
            base = 1;
        }
        if (symbols.length < total) {
            symbols = new int[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(total, symbols.length * 2L))];
        }
        int n = streams.size();
        long[][] literalFreqs = new long[n][];
        long[][] distanceFreqs = new long[n][];
        long[] literalFreq = new long[END_OF_BLOCK + 1 + LENGTH_CODES];
        long[] distanceFreq = new long[DISTANCE_CODES];
        int[] ends = new int[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            byte[] data = streams.get(k);
            literalFreqs[k] = new long[literalFreq.length];
            distanceFreqs[k] = new long[DISTANCE_CODES];
            count = match(data, count, literalFreqs[k], distanceFreqs[k]);
            literalFreqs[k][END_OF_BLOCK] = 1;
            base += data.length + 1;
            ends[k] = count;
            add(literalFreq, literalFreqs[k]);
            add(distanceFreq, distanceFreqs[k]);
        }

        int[] literalLengths = HuffmanCodes.lengths(literalFreq, HuffmanCodes.MAX_BITS);
        int[] distanceLengths = HuffmanCodes.lengths(atLeastOne(distanceFreq), HuffmanCodes.MAX_BITS);
        int[] literalCodes = HuffmanCodes.reversedCodes(literalLengths);
        int[] distanceCodes = HuffmanCodes.reversedCodes(distanceLengths);
        DynamicHeader header = DynamicHeader.of(literalLengths, distanceLengths);

        List<byte[]> out = new ArrayList<>(n);
        int from = 0;
        for (int k = 0; k < n; k++) {
            byte[] data = streams.get(k);
            DeflateBits bits = DeflateBits.zlib(data.length / 2 + 64);
            // A small stream is often shorter in the fixed code than with the shared code's header.
            long shared = header.bits() + cost(literalFreqs[k], literalLengths, distanceFreqs[k], distanceLengths);
            if (3 + cost(literalFreqs[k], FIXED_LITERAL_LENGTHS, distanceFreqs[k], FIXED_DISTANCE_LENGTHS) <= shared) {
                bits.write(1, 1); // the last block
                bits.write(1, 2); // in the fixed code
                symbols(bits, from, ends[k], FIXED_LITERAL_CODES, FIXED_LITERAL_LENGTHS, FIXED_DISTANCE_CODES,
                        FIXED_DISTANCE_LENGTHS);
            } else {
                header.writeLastBlock(bits);
                symbols(bits, from, ends[k], literalCodes, literalLengths, distanceCodes, distanceLengths);
            }
            out.add(bits.endZlib(data));
            from = ends[k];
        }
        return out;
    }

    /**
     * Greedy matching of {@code data} into {@link #symbols} from {@code count} on, counting each symbol's code as it
     * goes; returns the symbols' new count.
     */
    private int match(byte[] data, int count, long[] literalFreq, long[] distanceFreq) {
        // Four and eight bytes read at once through a buffer: one load each once compiled, and, unlike a VarHandle,
        // no method-handle machinery for a cold JVM's first document to set up and interpret.
        ByteBuffer bytes = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int[] table = head;
        int[] out = symbols;
        int offset = base;
        int n = data.length;
        int i = 0;
        int last = n - MIN_MATCH;
        while (i <= last) {
            int four = bytes.getInt(i);
            int h = (four * 0x9E3779B1) >>> (32 - HASH_BITS);
            int candidate = table[h] - offset;
            table[h] = i + offset;
            if (candidate >= 0 && i - candidate <= WINDOW && bytes.getInt(candidate) == four) {
                int length = matchLength(bytes, data, candidate, i, Math.min(MAX_MATCH, n - i));
                int distance = i - candidate;
                out[count++] = length << 16 | distance;
                literalFreq[END_OF_BLOCK + 1 + LENGTH_CODE[length]]++;
                distanceFreq[distanceCode(distance)]++;
                // The match's last position too: runs of the same operator then chain from one to the next.
                int end = i + length;
                if (end - 1 <= last) {
                    table[(bytes.getInt(end - 1) * 0x9E3779B1) >>> (32 - HASH_BITS)] = end - 1 + offset;
                }
                i = end;
            } else {
                int literal = data[i++] & 0xFF;
                out[count++] = literal;
                literalFreq[literal]++;
            }
        }
        while (i < n) {
            int literal = data[i++] & 0xFF;
            out[count++] = literal;
            literalFreq[literal]++;
        }
        return count;
    }

    /** Symbols from..to and the end of the block, in the code given. */
    private void symbols(DeflateBits out, int from, int to, int[] literalCodes, int[] literalLengths,
                         int[] distanceCodes, int[] distanceLengths) {
        int[] in = symbols;
        for (int k = from; k < to; k++) {
            int s = in[k];
            if (s < END_OF_BLOCK) {
                out.write(literalCodes[s], literalLengths[s]);
            } else {
                // One write for a match: a length code, a distance code and their extra bits take at most 48 bits.
                int length = s >>> 16;
                int distance = s & 0xFFFF;
                int lc = LENGTH_CODE[length];
                int dc = distanceCode(distance);
                int symbol = END_OF_BLOCK + 1 + lc;
                long bits = literalCodes[symbol];
                int used = literalLengths[symbol];
                bits |= (long) (length - LENGTH_BASE[lc]) << used;
                used += LENGTH_EXTRA[lc];
                bits |= (long) distanceCodes[dc] << used;
                used += distanceLengths[dc];
                bits |= (long) (distance - DISTANCE_BASE[dc]) << used;
                used += DISTANCE_EXTRA[dc];
                out.write(bits, used);
            }
        }
        out.write(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
    }

    /** The bits of the symbols counted, extra bits included, in the code of these lengths. */
    private static long cost(long[] literalFreq, int[] literalLengths, long[] distanceFreq, int[] distanceLengths) {
        long bits = 0;
        for (int s = 0; s < literalFreq.length; s++) {
            bits += literalFreq[s] * literalLengths[s];
        }
        for (int c = 0; c < LENGTH_CODES; c++) {
            bits += literalFreq[END_OF_BLOCK + 1 + c] * LENGTH_EXTRA[c];
        }
        for (int c = 0; c < DISTANCE_CODES; c++) {
            bits += distanceFreq[c] * (distanceLengths[c] + DISTANCE_EXTRA[c]);
        }
        return bits;
    }

    private static void add(long[] total, long[] part) {
        for (int i = 0; i < total.length; i++) {
            total[i] += part[i];
        }
    }

    /** A block must declare a distance code even if it has no match. */
    private static long[] atLeastOne(long[] freq) {
        for (long f : freq) {
            if (f > 0) {
                return freq;
            }
        }
        long[] one = freq.clone();
        one[0] = 1;
        return one;
    }

    /** How far the bytes at {@code candidate} and at {@code i} agree, at most {@code max}; the first four do. */
    private static int matchLength(ByteBuffer bytes, byte[] data, int candidate, int i, int max) {
        int length = MIN_MATCH;
        while (length + 8 <= max) {
            long diff = bytes.getLong(candidate + length) ^ bytes.getLong(i + length);
            if (diff != 0) {
                return length + (Long.numberOfTrailingZeros(diff) >>> 3);
            }
            length += 8;
        }
        while (length < max && data[candidate + length] == data[i + length]) {
            length++;
        }
        return length;
    }

    private static int distanceCode(int distance) {
        return DISTANCE_CODE[distance <= 256 ? distance - 1 : 256 + ((distance - 1) >> 7)];
    }
}
