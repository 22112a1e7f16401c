package cn.jixiao.docs.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumTest {

    @TempDir
    Path dir;

    @Test
    void isCrc32cThenCrc32OfTheBytesAsTheStandardCheckValuesSay() {
        // The check values of both CRCs for "123456789" (the CRC catalogue's test string).
        assertEquals("e3069283cbf43926", Checksum.of("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("0000000000000000", Checksum.of(new byte[0]));
    }

    @Test
    void aFileStreamedInPiecesHasTheChecksumOfItsBytesAndAnyChangedByteChangesIt() throws Exception {
        byte[] bytes = new byte[300_000]; // several read buffers
        new Random(14).nextBytes(bytes);
        Path file = dir.resolve("doc.pdf");
        Files.write(file, bytes);
        String whole = Checksum.of(bytes);
        assertEquals(whole, Checksum.ofFile(file));
        for (int at : new int[] {0, 65_535, 65_536, 299_999}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 1;
            assertNotEquals(whole, Checksum.of(changed), "a flipped bit at " + at);
        }
    }
}
