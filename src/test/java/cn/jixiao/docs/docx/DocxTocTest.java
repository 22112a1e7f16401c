package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxFile.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.model.Document.Toc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DocxTocTest {

    private static final String DOC = "word/document.xml";
    private static DocxFile docx;
    private static List<Element> entries;

    @BeforeAll
    static void render() throws IOException {
        docx = DocxFile.render(SampleDocument.build());
        entries = tocParagraphs(docx);
    }

    /** The paragraphs from the one holding the TOC field's begin to the one holding its end. */
    private static List<Element> tocParagraphs(DocxFile d) {
        List<Element> all = d.nodes(DOC, "/w:document/w:body/w:p");
        List<Element> out = new ArrayList<>();
        boolean in = false;
        for (Element p : all) {
            if (!in && d.string(p, "w:r[1]/w:fldChar/@w:fldCharType").equals("begin")
                    && d.string(p, "w:r[2]/w:instrText").contains("TOC")) {
                in = true;
            }
            if (in) {
                out.add(p);
                if (d.string(p, "w:r[last()]/w:fldChar/@w:fldCharType").equals("end")) {
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void fieldInstructionHasOutlineHyperlinkAndLevels() {
        assertEquals(" TOC \\o \"1-2\" \\h \\z \\u ", docx.string(entries.get(0), "w:r[2]/w:instrText"));
        assertEquals("preserve", docx.nodes(entries.get(0), "w:r[2]/w:instrText").get(0)
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
        assertEquals("separate", docx.string(entries.get(0), "w:r[3]/w:fldChar/@w:fldCharType"));
    }

    @Test
    void oneCachedEntryPerAnchoredParagraphInDocumentOrder() {
        assertEquals(SampleDocument.HEADINGS.size(), entries.size());
        List<String> anchors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element p : entries) {
            Element link = docx.nodes(p, "w:hyperlink").get(0);
            anchors.add(w(link, "anchor"));
            texts.add(docx.text(docx.nodes(link, "w:r[1]").get(0)));
        }
        assertEquals(new ArrayList<>(SampleDocument.HEADINGS.keySet()), anchors);
        assertEquals(new ArrayList<>(SampleDocument.HEADINGS.values()), texts);
    }

    @Test
    void entriesUseTheTocStylesOfTheirLevel() {
        List<String> styles = new ArrayList<>();
        for (Element p : entries) {
            styles.add(docx.string(p, "w:pPr/w:pStyle/@w:val"));
        }
        assertEquals(List.of("TOC1", "TOC2", "TOC1", "TOC2", "TOC1"), styles);
        // toc n carries the model entry style's look and name, plus the dot-leader tab at the text edge.
        String tab = "//w:style[@w:styleId='TOC1']/w:pPr/w:tabs/w:tab";
        assertEquals("目录一级", docx.string("word/styles.xml", "//w:style[@w:styleId='TOC1']/w:aliases/@w:val"));
        assertEquals("right", docx.string("word/styles.xml", tab + "/@w:val"));
        assertEquals("dot", docx.string("word/styles.xml", tab + "/@w:leader"));
        assertEquals("8844", docx.string("word/styles.xml", tab + "/@w:pos"));
        // The right indent keeps wrapped entry text out of the page-number column, as wide as the PDF keeps it.
        assertEquals(String.valueOf(Math.round(Toc.NUMBER_ROOM * 16 * 20)),
                docx.string("word/styles.xml", "//w:style[@w:styleId='TOC1']/w:pPr/w:ind/@w:right"));
        // An entry's lines stay on one page, as the PDF's 目录 keeps them (widow control is off).
        for (String level : List.of("TOC1", "TOC2")) {
            assertEquals(1, docx.nodes("word/styles.xml", "//w:style[@w:styleId='" + level + "']/w:pPr/w:keepLines").size(), level);
        }
    }

    @Test
    void pageReferencesShowThePagesOfTheLayout() {
        for (Element p : entries) {
            Element link = docx.nodes(p, "w:hyperlink").get(0);
            String anchor = w(link, "anchor");
            assertEquals(" PAGEREF " + anchor + " \\h ", docx.string(link, ".//w:instrText"));
            List<Element> runs = docx.nodes(link, "w:r");
            assertEquals(1, docx.nodes(runs.get(1), "w:tab").size(), "tab before the number");
            assertEquals("separate", docx.string(runs.get(4), "w:fldChar/@w:fldCharType"));
            assertEquals(String.valueOf(docx.pageOfAnchor.get(anchor)), docx.text(runs.get(5)));
            assertEquals("end", docx.string(runs.get(6), "w:fldChar/@w:fldCharType"));
        }
    }

    @Test
    void fieldsAreBalancedAcrossTheWholeDocument() {
        int begins = docx.nodes(DOC, "//w:fldChar[@w:fldCharType='begin']").size();
        assertEquals(1 + SampleDocument.HEADINGS.size(), begins);
        assertEquals(begins, docx.nodes(DOC, "//w:fldChar[@w:fldCharType='separate']").size());
        assertEquals(begins, docx.nodes(DOC, "//w:fldChar[@w:fldCharType='end']").size());
    }

    @Test
    void levelsWithoutPageNumbersGetNoTabNorPageref() throws IOException {
        DocxFile d = DocxFile.render(SampleDocument.build(List.of(1)));
        List<Element> ps = tocParagraphs(d);
        assertEquals(" TOC \\o \"1-2\" \\h \\z \\u \\n 1-1 ", d.string(ps.get(0), "w:r[2]/w:instrText"));
        for (Element p : ps) {
            boolean level1 = d.string(p, "w:pPr/w:pStyle/@w:val").equals("TOC1");
            Element link = d.nodes(p, "w:hyperlink").get(0);
            assertEquals(level1 ? 0 : 1, d.nodes(link, ".//w:instrText").size());
            assertEquals(level1 ? 0 : 1, d.nodes(link, ".//w:tab").size());
        }
        // toc 1 then needs neither the leader tab nor room for a number.
        assertTrue(d.nodes("word/styles.xml", "//w:style[@w:styleId='TOC1']/w:pPr/w:tabs").isEmpty());
        assertEquals(1, d.nodes("word/styles.xml", "//w:style[@w:styleId='TOC1']/w:pPr/w:keepLines").size());
        assertEquals(1, d.nodes("word/styles.xml", "//w:style[@w:styleId='TOC2']/w:pPr/w:tabs").size());
    }

    @Test
    void instructionUsesOneRangeForNoPageLevels() {
        assertEquals("TOC \\o \"1-3\" \\h \\z \\u \\n 1-2",
                DocxToc.instruction(new Toc(List.of("a", "b", "c"), List.of(2, 1), List.of())));
        assertEquals("TOC \\o \"1-1\" \\h \\z \\u", DocxToc.instruction(new Toc(List.of("a"), List.of(), List.of())));
    }

    @Test
    void bookmarksWrapEachAnchoredParagraph() {
        List<Element> starts = docx.nodes(DOC, "//w:bookmarkStart");
        assertEquals(SampleDocument.HEADINGS.size(), starts.size());
        List<String> ids = new ArrayList<>();
        for (Element start : starts) {
            String name = w(start, "name");
            String id = w(start, "id");
            assertTrue(SampleDocument.HEADINGS.containsKey(name), name);
            ids.add(id);
            Element p = (Element) start.getParentNode();
            assertEquals(SampleDocument.HEADINGS.get(name), docx.text(p));
            assertEquals(id, docx.string(p, "w:bookmarkEnd/@w:id"), "bookmarkEnd in the same paragraph");
            assertEquals("bookmarkEnd", ((Element) p.getLastChild()).getLocalName());
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "bookmark ids are unique");
    }
}
