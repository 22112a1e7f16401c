package cn.jixiao.docs.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Where a font spec points: a file or classpath resource, optionally followed by ",N", a face in a collection. */
final class FontFiles {

    private static final String CLASSPATH = "classpath:";
    /** Where the build puts each bundled font's SHA-256 (pom.xml, store-fonts): the font's path + ".sha256". */
    static final String RECORDED_SHA256 = "META-INF/jixiao-docs/font-sha256/";

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
     * Each whole file, read-only, mapped rather than read where it can be (a file, a folder resource, an entry the
     * jar stores uncompressed): a face reads a few tables at start and the outlines of the glyphs it embeds.
     * Entries of one jar are found in one pass over its directory.
     */
    static Map<String, ByteBuffer> map(Collection<String> specs) {
        Map<String, ByteBuffer> out = new LinkedHashMap<>();
        Map<Path, Map<String, String>> inJars = new LinkedHashMap<>();
        for (String spec : specs) {
            String file = fileOf(spec);
            try {
                if (!file.startsWith(CLASSPATH)) {
                    out.put(spec, mapFile(Path.of(file)));
                    continue;
                }
                String resource = file.substring(CLASSPATH.length());
                URL url = FontFiles.class.getClassLoader().getResource(resource);
                if (url == null) {
                    throw new IllegalArgumentException("font resource not found: " + resource);
                }
                if (url.getProtocol().equals("file")) {
                    out.put(spec, mapFile(Path.of(url.toURI())));
                } else if (url.openConnection() instanceof JarURLConnection jar
                        && jar.getJarFileURL().getProtocol().equals("file")) {
                    inJars.computeIfAbsent(Path.of(jar.getJarFileURL().toURI()), j -> new LinkedHashMap<>())
                            .put(jar.getEntryName(), spec);
                    out.put(spec, null);
                } else {
                    out.put(spec, ByteBuffer.wrap(read(spec)).asReadOnlyBuffer());
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read font file " + file + ": " + e.getMessage(), e);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cannot locate font " + file + ": " + e.getMessage(), e);
            }
        }
        inJars.forEach((jar, entries) -> {
            Map<String, ByteBuffer> stored;
            try {
                stored = StoredJarEntry.map(jar, entries.keySet());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read fonts in " + jar + ": " + e.getMessage(), e);
            }
            entries.forEach((entry, spec) -> out.put(spec, stored.containsKey(entry) ? stored.get(entry)
                    : ByteBuffer.wrap(read(spec)).asReadOnlyBuffer()));
        });
        return out;
    }

    /**
     * The SHA-256 the build recorded for a font the jar bundles (beside it, under {@value #RECORDED_SHA256}), or
     * null where none is recorded in the same jar: a font file outside the jar, or classes run from a folder in
     * development. Hashing the bundled 55 MB at each batch start cost 0.7 s of CPU on the quick compiler.
     */
    static String recordedSha256(String spec) {
        return recordedSha256(spec, FontFiles.class.getClassLoader());
    }

    static String recordedSha256(String spec, ClassLoader loader) {
        String file = fileOf(spec);
        if (!file.startsWith(CLASSPATH)) {
            return null;
        }
        String resource = file.substring(CLASSPATH.length());
        URL font = loader.getResource(resource);
        URL recorded = loader.getResource(RECORDED_SHA256 + resource + ".sha256");
        try {
            if (font == null || recorded == null || !(font.openConnection() instanceof JarURLConnection fontJar)
                    || !(recorded.openConnection() instanceof JarURLConnection recordedJar)
                    || !fontJar.getJarFileURL().equals(recordedJar.getJarFileURL())) {
                return null;
            }
            try (InputStream in = recorded.openStream()) {
                String hex = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
                return hex.matches("[0-9a-f]{64}") ? hex : null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static ByteBuffer mapFile(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }
}
