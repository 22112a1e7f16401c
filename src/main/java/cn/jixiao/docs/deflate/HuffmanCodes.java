package cn.jixiao.docs.deflate;

import java.util.Arrays;

/** Huffman codes as deflate wants them: lengths limited in depth, canonical codes sent low bit first. */
public final class HuffmanCodes {

    /** The deepest code deflate allows. */
    public static final int MAX_BITS = 15;
    /** Symbols are below 2^9 (286 literal/length codes at most); counts fit in the 54 bits above. */
    private static final int SYMBOL_BITS = 9;
    private static final long SYMBOL_MASK = (1 << SYMBOL_BITS) - 1;

    private HuffmanCodes() {}

    /**
     * Huffman code lengths of at most {@code limit} bits for the symbols that occur. Where the optimal code would be
     * deeper, the counts are halved (rare symbols kept at one) until it is not: the usual way out, losing a little.
     */
    public static int[] lengths(long[] freq, int limit) {
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
        // Sorted as count << 9 | symbol: by count, ties by symbol, without boxing (most of a small stream's coding
        // time went into sorting Integers).
        long[] sorted = new long[n];
        int leaves = 0;
        for (int i = 0; i < n; i++) {
            if (freq[i] > 0) {
                sorted[leaves++] = freq[i] << SYMBOL_BITS | i;
            }
        }
        if (leaves == 1) {
            lengths[(int) (sorted[0] & SYMBOL_MASK)] = 1; // one symbol still needs a one-bit code
            return lengths;
        }
        Arrays.sort(sorted, 0, leaves);
        // Nodes 0..leaves-1 are the sorted symbols, then the merged pairs in the order they are made.
        long[] weight = new long[2 * leaves - 1];
        int[] parent = new int[2 * leaves - 1];
        for (int i = 0; i < leaves; i++) {
            weight[i] = sorted[i] >>> SYMBOL_BITS;
        }
        int nextLeaf = 0;
        int nextPair = leaves;
        for (int made = leaves; made < weight.length; made++) {
            for (int lighter = 0; lighter < 2; lighter++) {
                boolean leaf = nextLeaf < leaves && (nextPair >= made || weight[nextLeaf] <= weight[nextPair]);
                int node = leaf ? nextLeaf++ : nextPair++;
                weight[made] += weight[node];
                parent[node] = made;
            }
        }
        // Depths from the root down: every node's parent was made after it.
        int[] depth = new int[weight.length];
        for (int node = weight.length - 2; node >= 0; node--) {
            depth[node] = depth[parent[node]] + 1;
        }
        for (int i = 0; i < leaves; i++) {
            lengths[(int) (sorted[i] & SYMBOL_MASK)] = depth[i];
        }
        return lengths;
    }

    /** The canonical codes of RFC 1951 §3.2.2 for these lengths, bit-reversed: deflate sends them low bit first. */
    public static int[] reversedCodes(int[] lengths) {
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
}
