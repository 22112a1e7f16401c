package cn.jixiao.docs.pdf;

import cn.jixiao.docs.deflate.DeflateBits;
import cn.jixiao.docs.deflate.DynamicHeader;
import cn.jixiao.docs.deflate.HuffmanCodes;
import cn.jixiao.docs.fonts.FontProgram;
import cn.jixiao.docs.fonts.OpenTypeFont;

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
    private static final int[] ONE_DISTANCE_CODE = {1};

    private HuffmanDeflate() {}

    static byte[] zlib(byte[] data) {
        long[] freq = new long[LITERALS];
        for (byte b : data) {
            freq[b & 0xFF]++;
        }
        freq[END_OF_BLOCK] = 1;
        int[] lengths = HuffmanCodes.lengths(freq, HuffmanCodes.MAX_BITS);
        int[] codes = HuffmanCodes.reversedCodes(lengths);
        DeflateBits out = begin(data.length, literalsOnly(lengths));
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
        DeflateBits out = begin(data.length, code.header);
        out.literals(data, 0, starts[0], code.codes, code.lengths);
        for (int g : glyphs) {
            out.append(code.outline(g));
        }
        out.literals(data, starts[glyphs.length], data.length, code.codes, code.lengths);
        return end(out, data, code.codes, code.lengths);
    }

    /** The zlib header and the block's header, which declares the code. */
    private static DeflateBits begin(int size, DynamicHeader header) {
        DeflateBits out = DeflateBits.zlib(size * 7 / 8 + 1024);
        header.writeLastBlock(out);
        return out;
    }

    /** The header of a block of literals in the code of these lengths, with the distance code every block declares. */
    static DynamicHeader literalsOnly(int[] lengths) {
        return DynamicHeader.of(lengths, ONE_DISTANCE_CODE);
    }

    /** The end of the block and the checksum of {@code data}. */
    private static byte[] end(DeflateBits out, byte[] data, int[] codes, int[] lengths) {
        out.write(codes[END_OF_BLOCK], lengths[END_OF_BLOCK]);
        return out.endZlib(data);
    }

    /**
     * {@code data} in the code, packed for {@link DeflateBits#append}: element 0 the number of bits, then the bits, low
     * bit first, 64 to a word.
     */
    static long[] packed(byte[] data, int[] codes, int[] lengths) {
        DeflateBits bits = new DeflateBits(data.length);
        bits.literals(data, 0, data.length, codes, lengths);
        return bits.packed();
    }

}
