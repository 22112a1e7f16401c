package cn.jixiao.docs.deflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** What LzDeflate writes, zlib's own inflater reads back exactly, each stream on its own. */
class LzDeflateTest {

    private static final Random RANDOM = new Random(7);

    @Test
    void everyKindOfInputInflatesBackExactly() throws Exception {
        byte[] noise = new byte[100_000];
        RANDOM.nextBytes(noise);
        // Far repeats: a block repeated at 20 000 bytes (within the window) and at 40 000 (beyond it).
        byte[] block = Arrays.copyOf(noise, 20_000);
        byte[] near = concat(block, block, block);
        byte[] far = concat(Arrays.copyOf(noise, 40_000), Arrays.copyOf(noise, 40_000));
        byte[] everyByte = new byte[256 * 3];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        LzDeflate deflate = new LzDeflate();
        for (byte[] data : new byte[][] {new byte[0], {7}, {1, 2, 3}, {1, 2, 3, 4, 5}, new byte[5000], noise, near,
                far, everyByte, pageContent(3), pageContent(400)}) {
            assertArrayEquals(data, ZlibInflate.inflate(deflate.zlib(List.of(data)).get(0)), "length " + data.length);
        }
    }

    /**
     * The match table lives on from stream to stream: a stream equal to the one before must still be coded from
     * its own bytes, since a PDF reader inflates each stream alone.
     */
    @Test
    void streamsCodedTogetherEachInflateAlone() throws Exception {
        LzDeflate deflate = new LzDeflate();
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(pageContent(40 + i));
        }
        pages.add(pages.get(0).clone());
        pages.add(new byte[0]);
        for (int round = 0; round < 2; round++) {
            List<byte[]> coded = deflate.zlib(pages);
            assertEquals(pages.size(), coded.size());
            for (int i = 0; i < pages.size(); i++) {
                assertArrayEquals(pages.get(i), ZlibInflate.inflate(coded.get(i)), "round " + round + ", stream " + i);
            }
        }
        assertEquals(List.of(), deflate.zlib(List.of()));
    }

    /** On page content, at most a tenth more than zlib's fastest level makes of it. */
    @Test
    void pageContentShrinksAsMuchAsWithZlibsFastestLevel() {
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(pageContent(120));
        }
        int ours = 0;
        for (byte[] coded : new LzDeflate().zlib(pages)) {
            ours += coded.length;
        }
        int zlib = 0;
        int raw = 0;
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] buffer = new byte[1 << 20];
        for (byte[] page : pages) {
            raw += page.length;
            deflater.reset();
            deflater.setInput(page);
            deflater.finish();
            zlib += deflater.deflate(buffer);
        }
        deflater.end();
        assertTrue(ours < zlib * 1.1, ours + " bytes against zlib's " + zlib + " of " + raw);
    }

    /** Text as a page's content stream has it: font changes, moves, and runs of two-byte glyph codes. */
    private static byte[] pageContent(int runs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "BT\n");
        for (int i = 0; i < runs; i++) {
            if (RANDOM.nextInt(4) == 0) {
                write(out, "/F" + (1 + RANDOM.nextInt(5)) + " " + (12 + 2 * RANDOM.nextInt(5)) + " Tf\n");
            }
            write(out, String.format(Locale.ROOT, "%.2f %d Td\n(", RANDOM.nextInt(50_000) / 100.0 - 250, -28));
            for (int g = RANDOM.nextInt(30); g > 0; g--) {
                int glyph = 1 + (int) Math.abs(RANDOM.nextGaussian() * 120);
                out.write(glyph >> 8);
                out.write(glyph & 0xFF);
            }
            write(out, ") Tj\n");
        }
        write(out, "ET\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
