package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.render.Format;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DOCX of every fixture (through the Renderer), of SampleDocument and of the edge cases says exactly what its
 * stored canonical form says (see {@link DocxCanonical}). The forms were taken from the docx4j/JAXB writer that
 * the streaming writer replaced, so they hold the two to the same content. The fixtures' forms include the 目录's
 * page numbers, so a change in pagination shows here too. After an intended change to the DOCX, rewrite them with
 * {@code mvn test -Dtest=DocxGoldenTest -Ddocx.golden=update} and review what changed ({@code zdiff} reads them).
 */
class DocxGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/docx-golden");
    private static final Path ACTUAL = Path.of("target/docx-golden-actual");
    private static final boolean UPDATE = "update".equals(System.getProperty("docx.golden"));

    /** Case name → the model it was written from and the .docx. */
    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private record Case(Document doc, byte[] docx) {}

    @BeforeAll
    static void renderEveryCase() throws IOException {
        for (Path fixture : Fixtures.valid()) {
            byte[] docx = TestRendering.RENDERER.render(Fixtures.read(fixture), Set.of(Format.DOCX))
                    .documents().get(Format.DOCX);
            Document doc = TestRendering.TEMPLATES.render(TestRendering.plan(fixture));
            CASES.put(fixture.getFileName().toString().replace(".json", ""), new Case(doc, docx));
        }
        add("sample", SampleDocument.build());
        add("sample-level-1-without-pages", SampleDocument.build(List.of(1)));
        add("edge-cases", EdgeCaseDocuments.everything());
        add("edge-empty-toc", EdgeCaseDocuments.emptyToc());
    }

    private static void add(String name, Document doc) throws IOException {
        CASES.put(name, new Case(doc, DocxFile.render(doc).bytes));
    }

    /** Asked for after {@link #renderEveryCase}, so every case rendered is a case tested. */
    static Stream<String> cases() {
        return CASES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void saysWhatItsCanonicalFormSays(String name) throws IOException {
        String actual = DocxCanonical.of(new DocxFile(CASES.get(name).docx()));
        Path golden = GOLDEN.resolve(name + ".txt.gz");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no canonical form " + golden + "; write it with -Ddocx.golden=update");
        }
        String expected = read(golden);
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL);
            write(ACTUAL.resolve(name + ".txt.gz"), actual);
            fail(name + " differs from " + golden + " (actual in " + ACTUAL + "):\n"
                    + firstDifference(expected, actual));
        }
    }

    @Test
    void everyCanonicalFormBelongsToACase() throws IOException {
        Set<String> names = cases().map(n -> n + ".txt.gz").collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.size() > Fixtures.valid().size(), names.toString());
        try (Stream<Path> files = Files.list(GOLDEN)) {
            Set<String> stored = files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(names, stored);
        }
    }

    /** docx4j is the reference reader: it opens every file, finds every section and reads every text. */
    @ParameterizedTest
    @MethodSource("cases")
    void docx4jLoadsItWithEverySectionAndText(String name) throws Exception {
        Case c = CASES.get(name);
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(c.docx()));
        assertEquals(c.doc().sections().size(), pkg.getDocumentModel().getSections().size());
        String text = visible(org.docx4j.TextUtils.getText(pkg.getMainDocumentPart().getJaxbElement()));
        for (String t : SampleDocument.allTexts(c.doc())) {
            assertTrue(text.contains(visible(t)), () -> name + " lacks " + t);
        }
    }

    /** Text as docx4j reports it: no whitespace (breaks and tabs are markup), no characters XML cannot carry. */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> cp > ' ' && !Character.isWhitespace(cp)
                && !(cp >= 0xD800 && cp <= 0xDFFF)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - 3); k < i; k++) {
            sb.append("  ").append(e[k]).append('\n');
        }
        for (int k = i; k < Math.min(e.length, i + 3); k++) {
            sb.append("- ").append(e[k]).append('\n');
        }
        for (int k = i; k < Math.min(a.length, i + 3); k++) {
            sb.append("+ ").append(a[k]).append('\n');
        }
        return "line " + (i + 1) + ":\n" + sb;
    }

    private static String read(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path p, String s) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
