package cn.jixiao.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks live outside the product (src/bench/java, built only by {@code mvn -Pbench package}), so nothing
 * else would notice when a change in src/main breaks them: compile them here against the classes the tests use.
 */
class BenchSourcesCompileTest {

    @Test
    void theBenchmarksCompileAgainstTheProduct(@TempDir Path classes) throws Exception {
        List<String> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/bench/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertTrue(sources.size() >= 5, "bench sources found: " + sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17", "-proc:none"));
        args.addAll(sources);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertEquals(0, exit, errors.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(classes.resolve("cn/jixiao/docs/bench/BenchMain.class")));
    }
}
