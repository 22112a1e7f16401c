package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.util.Checksum;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a recorded document counts as still on disk: by size and time where recorded, else by its checksum. */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentFromAManifestWithoutSizeAndTimeIsChecked() throws Exception {
        Path file = dir.resolve("a.pdf");
        Files.writeString(file, "%PDF-1.5 one", StandardCharsets.US_ASCII);
        OutputFile old = new OutputFile("a.pdf", Checksum.of(Files.readAllBytes(file)), null, null);
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
        OutputFile written = OutputFile.written("b.pdf", Files.readAllBytes(file), file);
        assertEquals(Files.size(file), written.size());
        assertEquals(Files.getLastModifiedTime(file).toMillis(), written.modified());
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "%PDF-1.5 two", StandardCharsets.US_ASCII);
        // Set, not left to the clock: the kernel stamps files from a coarse clock, and a rewrite within the same
        // few milliseconds keeps the old time.
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 1_000));
        assertFalse(written.isOnDisk(file), "same size, new time: checked, and the bytes differ");
        Files.setLastModifiedTime(file, time);
        assertTrue(written.isOnDisk(file), "same size and time: taken as written");
        Files.writeString(file, "%PDF-1.5 one", StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 60_000));
        assertTrue(written.isOnDisk(file), "touched but unchanged: checked, and the bytes are the recorded ones");
        Files.writeString(file, "%PDF-1.5 one!", StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(file, time);
        assertFalse(written.isOnDisk(file), "another size: changed, whatever the time");
    }

    @Test
    void aDocumentAnEarlierManifestRecordedWithItsSha256CountsAsWrittenOnlyBySizeAndTime() throws Exception {
        Path file = dir.resolve("c.pdf");
        Files.writeString(file, "%PDF-1.5 one", StandardCharsets.US_ASCII);
        FileTime time = Files.getLastModifiedTime(file);
        OutputFile earlier = BatchJson.MAPPER.readValue("{\"path\":\"c.pdf\",\"sha256\":\"" + "ab".repeat(32)
                + "\",\"size\":" + Files.size(file) + ",\"modified\":" + time.toMillis() + "}", OutputFile.class);
        assertTrue(earlier.isOnDisk(file), "size and time as recorded");
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 1_000));
        assertFalse(earlier.isOnDisk(file), "touched: nothing to compare with, so rendered again");
    }
}
