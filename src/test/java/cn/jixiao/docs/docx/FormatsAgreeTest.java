package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.layout.Layout;
import cn.jixiao.docs.layout.Paginator;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The DOCX and the PDF of each fixture tell the same story: LibreOffice opens and converts every DOCX, the DOCX
 * 目录 carries the PDF's page numbers, and LibreOffice's own pagination of the DOCX puts each heading and project
 * table on the page the 目录 says.
 */
class FormatsAgreeTest {

    @TempDir
    static Path tmp;

    private static final Map<Path, Path> DOCX = new LinkedHashMap<>();
    private static final Map<Path, Layout> LAYOUTS = new LinkedHashMap<>();
    private static final Map<Path, Document> DOCS = new LinkedHashMap<>();

    @BeforeAll
    static void renderAndConvertEveryFixture() throws IOException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", tmp.resolve("lo").toString()));
        int i = 0;
        for (Path fixture : Fixtures.valid()) {
            Rendered r = TestRendering.RENDERER.render(Fixtures.read(fixture), Set.of(Format.DOCX));
            Path docx = tmp.resolve("f" + (i++) + ".docx");
            Files.write(docx, r.documents().get(Format.DOCX));
            DOCX.put(fixture, docx);
            Document doc = TestRendering.TEMPLATES.render(TestRendering.plan(fixture));
            DOCS.put(fixture, doc);
            LAYOUTS.put(fixture, Paginator.layout(doc, TestRendering.FONTS));
            command.add(docx.toString());
        }
        TestRendering.run(command.toArray(String[]::new));
    }

    private static Path converted(Path fixture) {
        String name = DOCX.get(fixture).getFileName().toString().replace(".docx", ".pdf");
        return tmp.resolve("lo").resolve(name);
    }

    @Test
    void libreOfficeConvertsEveryDocxWithTheSamePageCountAsThePdf() throws IOException {
        for (Path fixture : DOCX.keySet()) {
            Path pdf = converted(fixture);
            assertTrue(Files.size(pdf) > 1000, "LibreOffice converted " + fixture);
            int pages = Integer.parseInt(TestRendering.run("pdfinfo", pdf.toString()).lines()
                    .filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
            int ours = LAYOUTS.get(fixture).pages().size();
            System.out.printf("pages %-36s LibreOffice %3d, PDF %3d%n", fixture.getFileName(), pages, ours);
            assertTrue(Math.abs(pages - ours) <= Math.max(1, ours / 20), fixture + ": " + pages + " vs " + ours);
        }
    }

    @Test
    void theDocxTocCarriesThePdfPageNumbers() throws IOException {
        for (Path fixture : DOCX.keySet()) {
            DocxFile docx = new DocxFile(Files.readAllBytes(DOCX.get(fixture)));
            Map<String, Integer> pages = LAYOUTS.get(fixture).pageOfAnchor();
            int checked = 0;
            for (Element link : docx.nodes("word/document.xml", "//w:hyperlink")) {
                String anchor = DocxFile.w(link, "anchor");
                List<Element> runs = docx.nodes(link, "w:r");
                if (anchor.startsWith("_Toc_part")) {
                    continue; // 第一部分 / 第二部分 carry no page number
                }
                assertEquals(String.valueOf(pages.get(anchor)), docx.text(runs.get(5)), fixture + " " + anchor);
                checked++;
            }
            assertEquals(pages.size() - 2, checked, fixture.toString());
        }
    }

    @Test
    void libreOfficePutsEveryHeadingOnThePageTheTocSays() {
        int agree = 0;
        int total = 0;
        List<String> report = new ArrayList<>();
        for (Path fixture : DOCX.keySet()) {
            String[] pages = TestRendering.run("pdftotext", "-enc", "UTF-8", converted(fixture).toString(), "-").split("\f");
            int fixtureAgree = 0;
            int fixtureTotal = 0;
            for (Document.Section s : DOCS.get(fixture).sections()) {
                for (Document.Block b : s.blocks()) {
                    if (b instanceof Document.Paragraph p && p.anchor() != null) {
                        int expected = LAYOUTS.get(fixture).pageOfAnchor().get(p.anchor());
                        int actual = footerNumberOfPageWith(pages, TestRendering.squash(p.plainText()));
                        fixtureTotal++;
                        if (actual == expected) {
                            fixtureAgree++;
                        } else {
                            report.add(fixture.getFileName() + " " + p.plainText() + ": 目录 " + expected + ", LibreOffice " + actual);
                        }
                    }
                }
            }
            System.out.printf("目录 agreement %-36s %d of %d%n", fixture.getFileName(), fixtureAgree, fixtureTotal);
            agree += fixtureAgree;
            total += fixtureTotal;
            if (fixture.getFileName().toString().startsWith("00")) {
                assertEquals(fixtureTotal, fixtureAgree, "every seed document agrees: " + report);
            }
        }
        System.out.printf("目录 agreement overall: %d of %d entries%n", agree, total);
        report.forEach(System.out::println);
        // Where they still differ (a row taller than a page, split by each at its own line; long Latin runs that
        // LibreOffice justifies differently) it is reported above; a real pagination regression falls below this.
        assertTrue(agree >= total * 0.9, agree + " of " + total + " agree: " + report);
    }

    /** The printed number (「— N —」) of the first numbered page whose text contains the heading; -1 if none. */
    private static int footerNumberOfPageWith(String[] pages, String heading) {
        for (String text : pages) {
            String page = TestRendering.squash(text);
            var footer = java.util.regex.Pattern.compile("—(\\d+)—").matcher(page);
            if (page.contains(heading) && footer.find()) { // the 目录 lists every heading too, but has no footer
                return Integer.parseInt(footer.group(1));
            }
        }
        return -1;
    }
}
