package cn.jixiao.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure the README draws, checked on the sources under src/main/java (a plain reading of their
 * imports and qualified names, comments and strings left out; no library): no package cycle, and nothing the writers,
 * the layout, the page output, the fonts or the model are made of knows the input contract, validation or a shell.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "cn.jixiao.docs";

    /** The document side: it turns a model into pages and bytes, whatever the input was and whoever asked. */
    private static final Set<String> DOCUMENT_SIDE = Set.of("pdf", "docx", "deflate", "layout", "page", "fonts", "model");
    /** The input side and the shells. */
    private static final Set<String> INPUT_SIDE_AND_SHELLS = Set.of("contract", "validation", "service", "batch", "cli");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.([a-z]\\w*)\\.");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'", Pattern.DOTALL);

    /** One package's use of another, where it is seen first in a file. */
    record Use(String from, String to, String file) {}

    @Test
    void noPackageCycle() {
        List<String> cycle = cycle(uses(sources(SOURCES)));
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" → ", cycle));
    }

    @Test
    void theDocumentSideKnowsNeitherTheInputNorTheShells() {
        List<String> offending = forbidden(uses(sources(SOURCES)));
        assertTrue(offending.isEmpty(), "imports from " + DOCUMENT_SIDE + " into " + INPUT_SIDE_AND_SHELLS + ":\n"
                + String.join("\n", offending));
    }

    /** The checks themselves find what they look for, or a passing run would mean nothing. */
    @Test
    void theChecksFindACycleAndAForbiddenImport() {
        Map<String, String> files = new TreeMap<>();
        files.put("cn/jixiao/docs/pdf/Bad.java", "package cn.jixiao.docs.pdf;\nimport cn.jixiao.docs.validation.Problem;\n"
                + "// cn.jixiao.docs.cli.Cli in a comment is no use\nclass Bad { String s = \"cn.jixiao.docs.batch.X\"; }");
        files.put("cn/jixiao/docs/validation/V.java", "package cn.jixiao.docs.validation;\nclass V { cn.jixiao.docs.review.R r; }");
        files.put("cn/jixiao/docs/review/R.java", "package cn.jixiao.docs.review;\nimport cn.jixiao.docs.validation.V;\nclass R {}");
        List<Use> uses = uses(files);
        assertEquals(List.of("validation", "review", "validation"), cycle(uses));
        assertEquals(List.of("cn/jixiao/docs/pdf/Bad.java: pdf → validation"), forbidden(uses));
    }

    private static List<String> forbidden(List<Use> uses) {
        List<String> out = new ArrayList<>();
        for (Use u : uses) {
            if (DOCUMENT_SIDE.contains(u.from()) && INPUT_SIDE_AND_SHELLS.contains(u.to())) {
                out.add(u.file() + ": " + u.from() + " → " + u.to());
            }
        }
        return out;
    }

    /** A cycle as the packages along it, first repeated at the end; empty when there is none. */
    private static List<String> cycle(List<Use> uses) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Use u : uses) {
            graph.computeIfAbsent(u.from(), k -> new TreeSet<>()).add(u.to());
        }
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = cycleFrom(next, graph, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }

    /** Each file's uses of other packages of the project, by top-level package under cn.jixiao.docs. */
    private static List<Use> uses(Map<String, String> files) {
        List<Use> out = new ArrayList<>();
        files.forEach((file, source) -> {
            Matcher p = PACKAGE.matcher(source);
            if (!p.find()) {
                return;
            }
            String from = topLevel(p.group(1));
            Set<String> to = new TreeSet<>();
            Matcher r = REFERENCE.matcher(COMMENT_OR_STRING.matcher(source).replaceAll(" "));
            while (r.find()) {
                if (!r.group(1).equals(from)) {
                    to.add(r.group(1));
                }
            }
            to.forEach(t -> out.add(new Use(from, t, file)));
        });
        return out;
    }

    private static String topLevel(String pkg) {
        if (pkg.equals(ROOT)) {
            return "(root)";
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Map<String, String> sources(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                out.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.size() > 100, "read only " + out.size() + " sources from " + dir.toAbsolutePath());
        return out;
    }
}
