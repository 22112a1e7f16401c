package cn.jixiao.docs.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a font spec points: a file or classpath resource, optionally followed by ",N", a face in a collection. */
final class FontFiles {

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
        if (file.startsWith("classpath:")) {
            String resource = file.substring("classpath:".length());
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
}
