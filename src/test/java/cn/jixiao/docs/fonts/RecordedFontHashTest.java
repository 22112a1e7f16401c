package cn.jixiao.docs.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jixiao.docs.util.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SHA-256 the build records beside a bundled font stands in for hashing the font, and only in its own jar. */
class RecordedFontHashTest {

    private static final String FONT = "t/Face.ttf";
    private static final String SPEC = "classpath:" + FONT;

    @TempDir
    Path dir;

    @Test
    void theRecordedHashOfAFontInTheSameJarIsUsed() throws IOException {
        byte[] font = bundledLatin();
        String recorded = "ab".repeat(32);
        Path jar = jar("fonts.jar", Map.of(FONT, font, FontFiles.RECORDED_SHA256 + FONT + ".sha256",
                (recorded.toUpperCase() + "\n").getBytes(StandardCharsets.US_ASCII)));
        try (URLClassLoader loader = loader(jar)) {
            assertEquals(recorded, FontFiles.recordedSha256(SPEC, loader));
        }
    }

    @Test
    void aHashInAnotherJarOrMalformedIsIgnored() throws IOException {
        byte[] font = bundledLatin();
        Path fonts = jar("fonts.jar", Map.of(FONT, font));
        Path sums = jar("sums.jar", Map.of(FontFiles.RECORDED_SHA256 + FONT + ".sha256", "ab".repeat(32).getBytes(StandardCharsets.US_ASCII)));
        try (URLClassLoader loader = loader(fonts, sums)) {
            assertNull(FontFiles.recordedSha256(SPEC, loader));
        }
        Path malformed = jar("malformed.jar", Map.of(FONT, font, FontFiles.RECORDED_SHA256 + FONT + ".sha256",
                "not a hash".getBytes(StandardCharsets.US_ASCII)));
        try (URLClassLoader loader = loader(malformed)) {
            assertNull(FontFiles.recordedSha256(SPEC, loader));
        }
    }

    @Test
    void withoutARecordedHashTheFileIsHashed() {
        byte[] font = bundledLatin();
        assertNull(FontFiles.recordedSha256("/no/such/folder/Face.ttf"));
        assertEquals(Sha256.hex(font), FontLibrary.fileSha256("/no/such/folder/Face.ttf", ByteBuffer.wrap(font)));
    }

    private static byte[] bundledLatin() {
        return FontFiles.read(FontConfig.BUNDLED_LATIN);
    }

    private Path jar(String name, Map<String, byte[]> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    private static URLClassLoader loader(Path... jars) throws IOException {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }
}
