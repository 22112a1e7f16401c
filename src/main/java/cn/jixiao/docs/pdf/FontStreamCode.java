package cn.jixiao.docs.pdf;

import cn.jixiao.docs.deflate.DynamicHeader;
import cn.jixiao.docs.deflate.HuffmanCodes;
import cn.jixiao.docs.fonts.OpenTypeFont;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One face's Huffman code for the font programs a PDF embeds of it, fixed once from a sample of its outlines, and
 * each glyph's outline in that code, coded on its first use and kept: every later document that draws the glyph
 * copies its bits instead of coding its bytes. Coding each program's bytes with a code made for that program was
 * two-thirds of the PDF writer's time; the shared code costs about 1 % in size (every byte keeps a code, and the
 * code fits the face rather than the document). Thread-safe: a glyph coded twice at once gets the same bits.
 */
final class FontStreamCode {

    /** About this many outlines, spread evenly over the face, give the byte counts the code is made from. */
    private static final int SAMPLE = 512;

    final int[] lengths;
    final int[] codes;
    final DynamicHeader header;
    /** Per glyph: element 0 the number of bits, then the bits, low bit first, 64 to a word; null until used. */
    private final AtomicReferenceArray<long[]> outlines;
    private final OpenTypeFont font;

    private FontStreamCode(OpenTypeFont font) {
        this.font = font;
        long[] freq = new long[HuffmanDeflate.LITERALS];
        // Every symbol may occur in a program (its header, offsets and dictionaries are not in the sample).
        java.util.Arrays.fill(freq, 1);
        int step = Math.max(1, font.numGlyphs() / SAMPLE);
        byte[] bytes = new byte[512];
        for (int g = 0; g < font.numGlyphs(); g += step) {
            // Copied out whole: a first render counts these in the interpreter, where a buffer's get per byte is slow.
            ByteBuffer outline = font.outline(g);
            int n = outline.limit();
            if (n > bytes.length) {
                bytes = new byte[n];
            }
            outline.get(0, bytes, 0, n);
            for (int i = 0; i < n; i++) {
                freq[bytes[i] & 0xFF]++;
            }
        }
        lengths = HuffmanCodes.lengths(freq, HuffmanCodes.MAX_BITS);
        codes = HuffmanCodes.reversedCodes(lengths);
        header = HuffmanDeflate.literalsOnly(lengths);
        outlines = new AtomicReferenceArray<>(font.numGlyphs());
    }

    static FontStreamCode of(OpenTypeFont font) {
        return font.derived(FontStreamCode.class, FontStreamCode::new);
    }

    /** The glyph's outline in this code, as {@link DeflateBits#append} takes it. */
    long[] outline(int glyph) {
        long[] bits = outlines.get(glyph);
        if (bits == null) {
            ByteBuffer outline = font.outline(glyph);
            byte[] bytes = new byte[outline.limit()];
            outline.get(0, bytes);
            bits = HuffmanDeflate.packed(bytes, codes, lengths);
            outlines.set(glyph, bits);
        }
        return bits;
    }
}
