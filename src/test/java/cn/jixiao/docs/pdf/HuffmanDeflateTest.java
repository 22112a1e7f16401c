package cn.jixiao.docs.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.deflate.ZlibInflate;
import cn.jixiao.docs.fonts.FontProgram;
import cn.jixiao.docs.fonts.OpenTypeFont;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What HuffmanDeflate writes, zlib's own inflater reads back exactly, adler checksum included. */
class HuffmanDeflateTest {

    @Test
    void zlibInflatesEveryKindOfInputBackExactly() throws Exception {
        Random random = new Random(42);
        byte[] noise = new byte[100_000];
        random.nextBytes(noise);
        byte[] everyByte = new byte[256 * 3];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        byte[] skewed = new byte[200_000];
        for (int i = 0; i < skewed.length; i++) {
            // A few symbols very common, the rest once in a long while: the code would be deeper than 15 bits.
            skewed[i] = (byte) (random.nextInt(1_000_000) == 0 ? random.nextInt(256) : random.nextInt(3));
        }
        byte[] font = Files.readAllBytes(Path.of("fonts/fandol/FandolFang-Regular.otf"));
        for (byte[] data : new byte[][] {new byte[0], {7}, new byte[5000], noise, everyByte, skewed,
                Arrays.copyOf(font, 400_000)}) {
            assertArrayEquals(data, ZlibInflate.inflate(HuffmanDeflate.zlib(data)), "length " + data.length);
        }
    }

    /** A subset as a PDF embeds it: 600 glyphs of the body face, in a CFF of their own. */
    @Test
    void aFontProgramShrinksAlmostAsMuchAsWithZlibsFastestLevel() throws Exception {
        OpenTypeFont fang = OpenTypeFont.read(ByteBuffer.wrap(Files.readAllBytes(Path.of("fonts/fandol/FandolFang-Regular.otf"))),
                0, "FandolFang");
        int[] glyphs = new int[600];
        for (int i = 0; i < glyphs.length; i++) {
            glyphs[i] = 1000 + 7 * i;
        }
        byte[] font = fang.subset(glyphs).bytes();
        java.util.zip.Deflater zlib = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        zlib.setInput(font);
        zlib.finish();
        byte[] buffer = new byte[font.length * 2];
        int zlibSize = 0;
        while (!zlib.finished()) {
            zlibSize += zlib.deflate(buffer, zlibSize, buffer.length - zlibSize);
        }
        int ours = HuffmanDeflate.zlib(font).length;
        // Fandol's outlines, redrawn in fewer segments, leave deflate about a tenth of a subset to save (zlib 10.8 %).
        assertTrue(ours < font.length * 0.95 && ours < zlibSize * 1.05,
                ours + " bytes against zlib's " + zlibSize + " of " + font.length);
    }

    /**
     * Two documents' programs of one face in its shared code: the second copies the glyphs the first coded. Each
     * inflates to its program exactly, and costs little more than with a code made for it alone.
     */
    @Test
    void programsInTheFacesCodeInflateExactlyAndStaySmall() throws Exception {
        OpenTypeFont fang = OpenTypeFont.read(ByteBuffer.wrap(Files.readAllBytes(Path.of("fonts/fandol/FandolFang-Regular.otf"))),
                0, "FandolFang");
        FontStreamCode code = FontStreamCode.of(fang);
        assertSame(code, FontStreamCode.of(fang));
        for (int offset : new int[] {1000, 1003, 1000}) {
            int[] glyphs = new int[500];
            for (int i = 1; i < glyphs.length; i++) {
                glyphs[i] = offset + 5 * i;
            }
            FontProgram program = fang.subset(glyphs);
            assertNotNull(program.outlineStarts(), "Fandol's charstrings are copied as they are");
            byte[] coded = HuffmanDeflate.zlib(program, fang);
            assertArrayEquals(program.bytes(), ZlibInflate.inflate(coded), "glyphs from " + offset);
            int own = HuffmanDeflate.zlib(program.bytes()).length;
            assertTrue(coded.length < own * 1.03, coded.length + " bytes against " + own + " with its own code");
        }
    }

    @Test
    void aTrueTypeProgramGetsItsOwnCode() throws Exception {
        OpenTypeFont latin = OpenTypeFont.read(ByteBuffer.wrap(getClass().getClassLoader().getResourceAsStream(
                "com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Regular.ttf").readAllBytes()), 0, "Latin");
        FontProgram program = latin.subset(new int[] {0, 36, 37, 38, 68, 69});
        assertNull(program.outlineStarts());
        byte[] coded = HuffmanDeflate.zlib(program, latin);
        assertArrayEquals(program.bytes(), ZlibInflate.inflate(coded));
        assertArrayEquals(HuffmanDeflate.zlib(program.bytes()), coded);
    }
}
