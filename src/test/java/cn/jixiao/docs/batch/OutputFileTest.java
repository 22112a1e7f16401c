package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a recorded document counts as still on disk: by size and time where recorded, else by its hash. */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentFromAManifestWithoutSizeAndTimeIsHashed() throws Exception {
        Path file = dir.resolve("a.pdf");
        Files.writeString(file, "%PDF-1.5 one", StandardCharsets.US_ASCII);
        OutputFile old = new OutputFile("a.pdf", Sha256.hex(Files.readAllBytes(file)), null, null);
        assertTrue(old.isOnDisk(file));
        Files.writeString(file, "%PDF-1.5 two", StandardCharsets.US_ASCII);
        assertFalse(old.isOnDisk(file));
        assertFalse(old.isOnDisk(dir.resolve("missing.pdf")));
        assertFalse(old.isOnDisk(null));
    }

    @Test
    void aRecordedSizeAndTimeStandForTheBytesAndAnyOtherIsHashed() throws Exception {
        Path file = dir.resolve("b.pdf");
        Files.writeString(file, "%PDF-1.5 one", StandardCharsets.US_ASCII);
        OutputFile written = OutputFile.written("b.pdf", Sha256.hex(Files.readAllBytes(file)), file);
        assertEquals(Files.size(file), written.size());
        assertEquals(Files.getLastModifiedTime(file).toMillis(), written.modified());
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "%PDF-1.5 two", StandardCharsets.US_ASCII);
        // Set, not left to the clock: the kernel stamps files from a coarse clock, and a rewrite within the same
        // few milliseconds keeps the old time.
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 1_000));
        assertFalse(written.isOnDisk(file), "same size, new time: hashed, and the bytes differ");
        Files.setLastModifiedTime(file, time);
        assertTrue(written.isOnDisk(file), "same size and time: taken as written");
        Files.writeString(file, "%PDF-1.5 one", StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 60_000));
        assertTrue(written.isOnDisk(file), "touched but unchanged: hashed, and the bytes are the recorded ones");
    }
}
