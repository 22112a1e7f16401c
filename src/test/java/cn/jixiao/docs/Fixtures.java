package cn.jixiao.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's fixtures: the seed transcriptions, the synthetic edge cases and the invalid inputs. */
public final class Fixtures {

    public static final Path DIR = Path.of("fixtures");
    public static final Path JULU = DIR.resolve("001-julu-2024.json");
    public static final Path LARGE = DIR.resolve("100-large-department.json");

    private Fixtures() {}

    /** Every valid fixture (fixtures/*.json). */
    public static List<Path> valid() { return list(DIR); }

    /** Every invalid or warned input (fixtures/invalid/*.json, without the .expected.json files). */
    public static List<Path> invalid() {
        return list(DIR.resolve("invalid")).stream().filter(p -> !p.toString().endsWith(".expected.json")).toList();
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (out.isEmpty()) {
                throw new IllegalStateException("no fixtures in " + dir.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
