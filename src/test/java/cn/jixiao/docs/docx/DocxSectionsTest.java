package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.PageBreak;
import cn.jixiao.docs.model.Document.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DocxSectionsTest {

    private static final String DOC = "word/document.xml";
    private static DocxFile docx;
    private static List<Element> sectPrs;

    @BeforeAll
    static void render() throws IOException {
        docx = DocxFile.render(SampleDocument.build());
        sectPrs = docx.nodes(DOC, "//w:sectPr");
    }

    @Test
    void oneSectionBreakPerModelSectionOnItsLastParagraph() {
        assertEquals(5, sectPrs.size());
        assertEquals(4, docx.nodes(DOC, "/w:document/w:body/w:p/w:pPr/w:sectPr").size());
        assertEquals(1, docx.nodes(DOC, "/w:document/w:body/w:sectPr").size());
        for (Element s : sectPrs) {
            assertEquals("nextPage", docx.string(s, "w:type/@w:val"));
        }
        // The 目录 section ends with the TOC's last entry, the cover with its date line.
        Element tocEnd = (Element) sectPrs.get(1).getParentNode().getParentNode();
        assertEquals(SampleDocument.HEADINGS.get("_Toc0005"), docx.text(docx.nodes(tocEnd, "w:hyperlink/w:r[1]").get(0)));
        assertEquals("二〇二五年三月", docx.text(sectPrs.get(0).getParentNode().getParentNode()));
    }

    @Test
    void pageSizeAndMarginsAreInTwips() {
        for (Element s : sectPrs) {
            assertEquals("11906", docx.string(s, "w:pgSz/@w:w"));
            assertEquals("16838", docx.string(s, "w:pgSz/@w:h"));
            assertEquals("2098", docx.string(s, "w:pgMar/@w:top"));
            assertEquals("1984", docx.string(s, "w:pgMar/@w:bottom"));
            assertEquals("1588", docx.string(s, "w:pgMar/@w:left"));
            assertEquals("1474", docx.string(s, "w:pgMar/@w:right"));
            assertEquals("992", docx.string(s, "w:pgMar/@w:footer"));
        }
    }

    @Test
    void numberingStartsAtOneOnTheFirstNumberedSectionOnly() {
        List<String> starts = new ArrayList<>();
        for (Element s : sectPrs) {
            starts.add(docx.string(s, "w:pgNumType/@w:start"));
        }
        assertEquals(List.of("", "", "1", "", ""), starts);
    }

    @Test
    void onlyNumberedSectionsShowThePageNumberFooter() {
        List<String> refs = new ArrayList<>();
        for (Element s : sectPrs) {
            refs.add(docx.string(s, "w:footerReference/@r:id"));
        }
        // The back page follows numbered sections, so it needs an explicitly blank footer not to inherit one.
        assertEquals(List.of("", "", DocxSections.NUMBERED_FOOTER_REL, DocxSections.NUMBERED_FOOTER_REL,
                DocxSections.BLANK_FOOTER_REL), refs);
        String rels = "word/_rels/document.xml.rels";
        assertEquals("footer1.xml", docx.string(rels,
                "//rel:Relationship[@Id='" + DocxSections.NUMBERED_FOOTER_REL + "']/@Target"));
        assertEquals("footer2.xml", docx.string(rels,
                "//rel:Relationship[@Id='" + DocxSections.BLANK_FOOTER_REL + "']/@Target"));

        String footer = "word/footer1.xml";
        assertEquals(" PAGE ", docx.string(footer, "//w:instrText"));
        assertEquals(1, docx.nodes(footer, "//w:fldChar[@w:fldCharType='begin']").size());
        assertEquals(1, docx.nodes(footer, "//w:fldChar[@w:fldCharType='end']").size());
        assertEquals("— 1 —", docx.text(docx.dom(footer)));
        assertEquals(DocxStyles.asciiId("页码"), docx.string(footer, "//w:p/w:pPr/w:pStyle/@w:val"));
        assertTrue(docx.nodes("word/footer2.xml", "//w:fldChar | //w:t").isEmpty());
    }

    @Test
    void withoutTrailingUnnumberedSectionsThereIsNoBlankFooter() throws IOException {
        Document base = SampleDocument.build();
        Document doc = new Document(base.meta(), base.page(), base.styles(), base.sections().subList(0, 4));
        DocxFile d = DocxFile.render(doc);
        assertFalse(d.entries.containsKey("word/footer2.xml"));
        assertTrue(d.entries.containsKey("word/footer1.xml"));
        assertFalse(d.xml("[Content_Types].xml").contains("footer2.xml"));
    }

    @Test
    void pageBreakBecomesBreakBeforeOnTheNextParagraph() {
        Element heading = (Element) docx.nodes(DOC, "//w:bookmarkStart[@w:name='_Toc0003']").get(0).getParentNode();
        assertEquals(1, docx.nodes(heading, "w:pPr/w:pageBreakBefore").size());
        assertEquals(1, docx.nodes(DOC, "//w:pageBreakBefore").size());
        assertTrue(docx.nodes(DOC, "//w:br[@w:type='page']").isEmpty(), "no paragraph of its own");
    }

    @Test
    void pageBreaksThatWouldOnlyAddBlankPagesAreDropped() throws IOException {
        Document base = SampleDocument.build();
        List<Section> sections = new ArrayList<>(base.sections());
        Section cover = sections.get(0);
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new PageBreak());
        blocks.addAll(cover.blocks());
        blocks.add(new PageBreak());
        sections.set(0, new Section(false, blocks));
        DocxFile d = DocxFile.render(new Document(base.meta(), base.page(), base.styles(), sections));
        assertEquals(1, d.nodes(DOC, "//w:pageBreakBefore").size(), "only the body's own break remains");
    }

    @Test
    void aBreakBeforeATableGoesOnItsFirstCell() throws IOException {
        Document base = SampleDocument.build();
        Document doc = new Document(base.meta(), base.page(), base.styles(), List.of(new Section(true, List.of(
                SampleDocument.para("正文", SampleDocument.text("前文")), new PageBreak(),
                SampleDocument.indicatorTable()))));
        DocxFile d = DocxFile.render(doc);
        assertEquals(1, d.nodes(DOC, "//w:tbl/w:tr[1]/w:tc[1]/w:p[1]/w:pPr/w:pageBreakBefore").size());
        // A table cannot end the body: a hairline paragraph follows it.
        List<Element> body = d.nodes(DOC, "/w:document/w:body/*");
        assertEquals("p", body.get(body.size() - 2).getLocalName());
        assertEquals("tbl", body.get(body.size() - 3).getLocalName());
    }
}
