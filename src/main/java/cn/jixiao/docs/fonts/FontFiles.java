package cn.jixiao.docs.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a font spec points: a file or classpath resource, optionally followed by ",N", a face in a collection. */
final class FontFiles {

    private static final String CLASSPATH = "classpath:";

    private FontFiles() {}

    static String fileOf(String spec) {
        int comma = spec.lastIndexOf(',');
        return comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit) ? spec.substring(0, comma) : spec;
    }

    static int faceOf(String spec) {
        String file = fileOf(spec);
        return file.length() == spec.length() ? 0 : Integer.parseInt(spec.substring(file.length() + 1));
    }

    static byte[] read(String spec) {
        String file = fileOf(spec);
        if (file.startsWith(CLASSPATH)) {
            String resource = file.substring(CLASSPATH.length());
            try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("font resource not found: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read font file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The whole file, read-only, mapped rather than read where it can be (a file, a folder resource, an entry the
     * jar stores uncompressed): a face reads a few tables at start and the outlines of the glyphs it embeds.
     */
    static ByteBuffer map(String spec) {
        String file = fileOf(spec);
        try {
            if (!file.startsWith(CLASSPATH)) {
                return mapFile(Path.of(file));
            }
            String resource = file.substring(CLASSPATH.length());
            URL url = FontFiles.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("font resource not found: " + resource);
            }
            if (url.getProtocol().equals("file")) {
                return mapFile(Path.of(url.toURI()));
            }
            if (url.openConnection() instanceof JarURLConnection jar && jar.getJarFileURL().getProtocol().equals("file")) {
                ByteBuffer stored = StoredJarEntry.map(Path.of(jar.getJarFileURL().toURI()), jar.getEntryName());
                if (stored != null) {
                    return stored;
                }
            }
            return ByteBuffer.wrap(read(spec)).asReadOnlyBuffer();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read font file " + file + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot locate font " + file + ": " + e.getMessage(), e);
        }
    }

    private static ByteBuffer mapFile(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }
}
