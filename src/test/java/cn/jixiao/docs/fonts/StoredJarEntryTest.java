package cn.jixiao.docs.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries a jar stores are found among thousands of others, whatever their names' lengths; compressed ones are not. */
class StoredJarEntryTest {

    @TempDir
    Path dir;

    @Test
    void findsStoredEntriesAfterManyOthersAndLeavesOutCompressedOnes() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (int i = 0; i < 3000; i++) {
                // Names as long as the wanted ones, differing only in their last bytes, among the rest.
                put(zip, i % 3 == 0 ? String.format("fonts/a/Face-%04d.otf", i) : "com/example/C" + i + ".class",
                        ("class " + i).getBytes(StandardCharsets.UTF_8), i % 2 == 0);
            }
            put(zip, "fonts/a/Face-9999.otf", "stored face".getBytes(StandardCharsets.UTF_8), true);
            put(zip, "fonts/a/Face-8888.otf", "deflated face".getBytes(StandardCharsets.UTF_8), false);
            put(zip, "fonts/b/字体.otf", "stored 字体".getBytes(StandardCharsets.UTF_8), true);
        }
        Map<String, ByteBuffer> found = StoredJarEntry.map(jar,
                Set.of("fonts/a/Face-9999.otf", "fonts/a/Face-8888.otf", "fonts/b/字体.otf", "fonts/a/Face-0003.otf",
                        "missing.otf"));
        Map<String, String> text = new TreeMap<>();
        found.forEach((name, bytes) -> {
            byte[] b = new byte[bytes.remaining()];
            bytes.duplicate().get(b);
            text.put(name, new String(b, StandardCharsets.UTF_8));
        });
        assertEquals(Map.of("fonts/a/Face-9999.otf", "stored face", "fonts/b/字体.otf", "stored 字体"), text);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, boolean stored) throws Exception {
        ZipEntry e = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
