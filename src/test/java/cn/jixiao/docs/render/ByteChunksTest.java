package cn.jixiao.docs.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteChunksTest {

    /** Writes of every size, single bytes among them, across many chunk boundaries: the bytes come back in order. */
    @Test
    void givesBackExactlyWhatWasWritten() {
        Random random = new Random(3);
        ByteChunks chunks = new ByteChunks();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            if (random.nextInt(5) == 0) {
                int b = random.nextInt(256);
                chunks.write(b);
                expected.write(b);
            } else {
                byte[] part = new byte[random.nextInt(i < 390 ? 9000 : 300_000)];
                random.nextBytes(part);
                int off = part.length == 0 ? 0 : random.nextInt(part.length);
                chunks.write(part, off, part.length - off);
                expected.write(part, off, part.length - off);
            }
        }
        assertArrayEquals(expected.toByteArray(), chunks.toByteArray());
        assertArrayEquals(new byte[0], new ByteChunks().toByteArray());
    }

    @Test
    void refusesARangeOutsideTheArray() {
        assertThrows(IndexOutOfBoundsException.class, () -> new ByteChunks().write(new byte[4], 2, 3));
    }
}
