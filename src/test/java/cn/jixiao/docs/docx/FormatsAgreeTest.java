package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.LibreOffice;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX and the PDF of each fixture tell the same story. LibreOffice (on the bundled faces under the DOCX's
 * font names) converts every DOCX; its pagination must give the same page count and put every 目录 entry on the
 * page the 目录 says, lose no character of the input, keep every page that continues a table headed by the
 * header row, and cut no Latin or digit run across lines — and the PDF must do the same.
 */
class FormatsAgreeTest {

    @TempDir
    static Path tmp;

    private static final Pattern FOOTER = Pattern.compile("—\\s*(\\d+)\\s*—");
    /** A run of Latin letters and digits, with the joiners that stay inside it (2019-2023, 13.00, 7300元/年). */
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-/]*[A-Za-z0-9]");

    private record Case(Path fixture, Rendered rendered, Path pdf, Path libreOffice) {}

    /** The body face: what it lacks LibreOffice draws from a fallback face. */
    private static final cn.jixiao.docs.fonts.Face FANDOL =
            TestRendering.FONTS.chain(cn.jixiao.docs.model.FontRole.FANG, false).first();

    private static final Map<Path, Case> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void renderAndConvertEveryFixture() throws IOException {
        List<Path> docx = new ArrayList<>();
        int i = 0;
        for (Path fixture : Fixtures.valid()) {
            Rendered r = TestRendering.RENDERER.render(Fixtures.read(fixture), Set.of(Format.DOCX, Format.PDF));
            Path d = tmp.resolve("f" + i + ".docx");
            Path pdf = tmp.resolve("f" + i + ".pdf");
            Files.write(d, r.documents().get(Format.DOCX));
            Files.write(pdf, r.documents().get(Format.PDF));
            docx.add(d);
            CASES.put(fixture, new Case(fixture, r, pdf, tmp.resolve("lo").resolve("f" + i + ".pdf")));
            i++;
        }
        LibreOffice.toPdf(docx, tmp.resolve("lo"));
    }

    @Test
    void libreOfficeGivesEveryDocxThePdfsPageCount() {
        for (Case c : CASES.values()) {
            int ours = pages(c.pdf()).length;
            int theirs = pages(c.libreOffice()).length;
            System.out.printf("pages %-36s PDF %3d, LibreOffice %3d%n", c.fixture().getFileName(), ours, theirs);
            assertEquals(ours, theirs, c.fixture() + ": page count");
        }
    }

    @Test
    void libreOfficePutsEveryHeadingOnThePageTheTocSays() {
        for (Case c : CASES.values()) {
            String[] lo = pages(c.libreOffice());
            Document doc = TestRendering.TEMPLATES.render(TestRendering.plan(c.fixture()));
            var layout = cn.jixiao.docs.layout.Paginator.layout(doc, TestRendering.FONTS);
            int checked = 0;
            for (Document.Section s : doc.sections()) {
                for (Document.Block b : s.blocks()) {
                    if (b instanceof Document.Paragraph p && p.anchor() != null) {
                        int expected = layout.pageOfAnchor().get(p.anchor());
                        String heading = TestRendering.squash(p.plainText());
                        for (String m : missingGlyphs(c.rendered())) {
                            heading = heading.replace(m, "");
                        }
                        assertEquals(expected, footerNumberOfPageWith(lo, heading), c.fixture() + ": " + p.plainText());
                        checked++;
                    }
                }
            }
            assertTrue(checked >= 6, c.fixture() + " has headings");
        }
    }

    @Test
    void libreOfficeLosesNoCharacterOfTheInput() {
        for (Case c : CASES.values()) {
            String raw = TestRendering.run("pdftotext", "-raw", "-enc", "UTF-8", c.libreOffice().toString(), "-");
            String text = TestRendering.squash(raw.replaceAll("(?m)^\\s*—\\s*\\d+\\s*—\\s*$", "").replace("\f", ""));
            // LibreOffice sets a character from a fallback face (one Fandol lacks) on that face's own baseline, which
            // text extraction reads out of line: those are checked for presence, the rest in order.
            java.util.function.IntPredicate primary = cp -> FANDOL.has(cp) || cp < 0x80;
            String bmpText = text.codePoints().filter(primary)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            for (String s : TestRendering.texts(TestRendering.plan(c.fixture()))) {
                String expected = TestRendering.squash(s);
                for (String m : missingGlyphs(c.rendered())) {
                    expected = expected.replace(m, "");
                }
                expected.codePoints().filter(primary.negate()).forEach(cp -> assertTrue(
                        text.contains(Character.toString(cp)), c.fixture() + ": LibreOffice lost 「" + Character.toString(cp) + "」"));
                String bmp = expected.codePoints().filter(primary)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                assertTrue(cn.jixiao.docs.pdf.PdfText.coveredInPieces(bmp, bmpText, raw.split("\f").length),
                        c.fixture() + ": LibreOffice lost some of: " + s);
            }
        }
    }

    @Test
    void everyPageThatContinuesATableStartsWithItsHeaderRow() {
        int continued = 0;
        for (Case c : CASES.values()) {
            for (Path pdf : List.of(c.pdf(), c.libreOffice())) {
                String[] pages = pages(pdf);
                boolean inPartTwo = false;
                for (int p = 0; p < pages.length; p++) {
                    List<String> lines = pages[p].lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                    String first = lines.isEmpty() ? "" : lines.get(0);
                    // A header cell of one line sits centred beside wrapped ones: the header may take three lines.
                    String top = TestRendering.squash(String.join("", lines.subList(0, Math.min(3, lines.size()))));
                    if (TestRendering.squash(pages[p]).contains("预算项目绩效目标") && !pages[p].contains("绩效目标表")) {
                        inPartTwo = true; // the divider page
                        continue;
                    }
                    boolean titled = TestRendering.squash(first).endsWith("绩效目标表") || first.matches("^\\d+\\..*");
                    if (inPartTwo && !titled && !first.isEmpty()) {
                        continued++;
                        assertTrue(top.contains("一级") && top.contains("三级") && top.contains("指标值"),
                                c.fixture() + " " + pdf + " page " + (p + 1) + " continues a table without its header: " + first);
                    }
                }
            }
        }
        assertTrue(continued > 0, "some fixture has a table that continues on another page");
    }

    @Test
    void noLatinOrDigitRunIsCutAcrossLines() {
        for (Case c : CASES.values()) {
            for (Path pdf : List.of(c.pdf(), c.libreOffice())) {
                List<String> words = words(pdf);
                for (String s : TestRendering.texts(TestRendering.plan(c.fixture()))) {
                    Matcher m = RUN.matcher(s);
                    while (m.find()) {
                        // A run too wide for its column may break after a hyphen or slash, nowhere else.
                        for (String piece : m.group().split("(?<=[-/])")) {
                            assertTrue(piece.length() < 2 || words.stream().anyMatch(w -> w.contains(piece)),
                                    c.fixture() + " " + pdf.getFileName() + ": 「" + m.group() + "」 is cut inside 「" + piece + "」");
                        }
                    }
                }
            }
        }
    }

    private static List<String> words(Path pdf) {
        String html = TestRendering.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<word [^>]*>([^<]*)</word>").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return out;
    }

    private static String[] pages(Path pdf) {
        return TestRendering.run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-").split("\f");
    }

    private static List<String> missingGlyphs(Rendered r) {
        return r.warnings().stream().map(p -> p.message())
                .filter(m -> m.contains("「")).map(m -> m.substring(m.indexOf('「') + 1, m.indexOf('」'))).toList();
    }

    /**
     * The printed number (「— N —」) of the first numbered page whose text holds the heading; -1 if none. A glyph
     * from a fallback face sits on its own baseline in LibreOffice's PDF, so the heading may come back in pieces.
     */
    private static int footerNumberOfPageWith(String[] pages, String heading) {
        for (String text : pages) {
            String page = TestRendering.squash(text);
            Matcher footer = FOOTER.matcher(page);
            // the 目录 lists every heading too, but has no footer
            if (cn.jixiao.docs.pdf.PdfText.coveredInPieces(heading, page, 2) && footer.find()) {
                return Integer.parseInt(footer.group(1));
            }
        }
        return -1;
    }
}
