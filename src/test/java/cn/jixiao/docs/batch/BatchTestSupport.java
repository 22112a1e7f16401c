package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.template.TemplateEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Inputs, a shared renderer and checks on outputs for the batch tests. */
public final class BatchTestSupport {

    /** Font loading takes a second; every batch test in the JVM shares one renderer, as a real batch does. */
    private static volatile Renderer renderer;

    private BatchTestSupport() {}

    static Renderer renderer() {
        if (renderer == null) {
            synchronized (BatchTestSupport.class) {
                if (renderer == null) {
                    renderer = new Renderer(TemplateEngine.bundled(), new FontLibrary(FontConfig.defaults()));
                }
            }
        }
        return renderer;
    }

    static BatchResult run(BatchOptions options) throws Exception {
        return new BatchRun(renderer(), options).run(null);
    }

    /** Copies a fixture (a path under fixtures/) to {@code dir/as}. */
    public static Path copy(String fixture, Path dir, String as) throws IOException {
        Path target = dir.resolve(as);
        Files.createDirectories(target.getParent());
        return Files.copy(Fixtures.DIR.resolve(fixture), target);
    }

    /** A copy of a fixture with its department renamed (unless null), so that many copies can share a folder. */
    static Path copyAs(String fixture, Path dir, String as, String department) throws IOException {
        if (department == null) {
            return copy(fixture, dir, as);
        }
        String json = Files.readString(Fixtures.DIR.resolve(fixture), StandardCharsets.UTF_8);
        JsonNode tree = BatchJson.MAPPER.readTree(json);
        String name = tree.path("department").path("name").asText();
        Path target = dir.resolve(as);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, json.replace("\"" + name + "\"", "\"" + department + "\""), StandardCharsets.UTF_8);
    }

    /** Every document under {@code out} (relative path, forward slashes) with its modification time. */
    static Map<String, FileTime> outputs(Path out) throws IOException {
        Map<String, FileTime> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".pdf") || name.endsWith(".docx")) {
                    m.put(InputScanner.key(out, p), Files.getLastModifiedTime(p));
                }
            }
        }
        return m;
    }

    /** Temporary files anywhere under {@code dir}. */
    static List<Path> tempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    /** A complete PDF: ends with %%EOF (after at most a line end) and OpenPDF parses every page of it. */
    static void assertCompletePdf(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            String tail = new String(Arrays.copyOfRange(b, Math.max(0, b.length - 8), b.length), StandardCharsets.ISO_8859_1);
            assertTrue(tail.strip().endsWith("%%EOF"), p + " does not end with %%EOF");
            PdfReader reader = new PdfReader(b);
            try {
                assertTrue(reader.getNumberOfPages() > 0, p.toString());
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    reader.getPageContent(i);
                }
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            fail(p + " is not a readable PDF: " + e);
        }
    }

    /** A complete DOCX: a zip whose every entry reads with a valid CRC, holding word/document.xml. */
    static void assertCompleteDocx(Path p) {
        try (ZipFile zip = new ZipFile(p.toFile())) {
            assertTrue(zip.getEntry("word/document.xml") != null, p + " has no word/document.xml");
            for (ZipEntry e : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // the CRC is checked at the end
                }
            }
        } catch (IOException e) {
            fail(p + " is not a valid DOCX zip: " + e);
        }
    }

    static void assertAllComplete(Path out) throws IOException {
        for (String rel : outputs(out).keySet()) {
            Path p = out.resolve(rel);
            if (rel.endsWith(".pdf")) {
                assertCompletePdf(p);
            } else {
                assertCompleteDocx(p);
            }
        }
    }

    static List<String> failedInputs(BatchReport r) {
        return r.failures().stream().map(BatchReport.InputProblems::input).toList();
    }

    static void assertCounts(BatchReport r, int total, int rendered, int skipped, int failed) {
        assertEquals(new BatchCounts(total, rendered, skipped, failed), r.counts(), () -> "failures: " + r.failures());
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
