package cn.jixiao.docs.deflate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HuffmanCodesTest {

    @Test
    void codeLengthsStayWithinTheLimitDeflateSets() {
        long[] freq = new long[257];
        for (int i = 0; i < freq.length; i++) {
            freq[i] = 1L << Math.min(i, 40); // a Fibonacci-like spread makes the optimal code 256 bits deep
        }
        for (int l : HuffmanCodes.lengths(freq, 15)) {
            assertTrue(l >= 1 && l <= 15, "length " + l);
        }
    }
}
