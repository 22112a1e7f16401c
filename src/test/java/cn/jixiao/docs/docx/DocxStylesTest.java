package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Section;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DocxStylesTest {

    private static final String STYLES = "word/styles.xml";
    private static DocxFile docx;

    @BeforeAll
    static void render() throws IOException {
        docx = DocxFile.render(SampleDocument.build());
    }

    private static Element style(String id) {
        List<Element> found = docx.nodes(STYLES, "//w:style[@w:styleId='" + id + "']");
        assertEquals(1, found.size(), "style " + id);
        return found.get(0);
    }

    private static String get(Element style, String expr) {
        return docx.string(style, expr);
    }

    @Test
    void everyModelStyleBecomesAParagraphStyle() {
        Set<String> names = new HashSet<>();
        for (Element s : docx.nodes(STYLES, "//w:style[@w:type='paragraph']")) {
            String alias = get(s, "w:aliases/@w:val");
            names.add(alias.isEmpty() ? get(s, "w:name/@w:val") : alias);
        }
        assertTrue(names.containsAll(SampleDocument.build().styles().keySet()), names.toString());
    }

    @Test
    void firstStyleOfEachOutlineLevelIsTheBuiltInHeading() {
        Element h1 = style("Heading1");
        assertEquals("heading 1", get(h1, "w:name/@w:val"));
        assertEquals("一级标题", get(h1, "w:aliases/@w:val"));
        assertEquals("0", get(h1, "w:pPr/w:outlineLvl/@w:val"));
        Element h2 = style("Heading2");
        assertEquals("heading 2", get(h2, "w:name/@w:val"));
        assertEquals("二级标题", get(h2, "w:aliases/@w:val"));
        assertEquals("1", get(h2, "w:pPr/w:outlineLvl/@w:val"));
        // 附件标题 is also level 1 but comes later in the document: it derives from heading 1.
        Element annex = style(DocxStyles.asciiId("附件标题"));
        assertEquals("附件标题", get(annex, "w:name/@w:val"));
        assertEquals("Heading1", get(annex, "w:basedOn/@w:val"));
        assertEquals("0", get(annex, "w:pPr/w:outlineLvl/@w:val"));
        // Body text has no outline level.
        assertEquals("", get(style(DocxStyles.asciiId("正文")), "w:pPr/w:outlineLvl/@w:val"));
    }

    @Test
    void fontRolesMapToChineseGovernmentFonts() {
        Map<String, String> expected = Map.of(
                "Heading1", "黑体",
                "Heading2", "楷体_GB2312",
                DocxStyles.asciiId("正文"), "仿宋_GB2312",
                DocxStyles.asciiId("页码"), "宋体",
                DocxStyles.asciiId("封面标题"), "方正小标宋简体");
        expected.forEach((id, font) -> {
            Element fonts = docx.nodes(style(id), "w:rPr/w:rFonts").get(0);
            assertEquals(font, DocxFile.w(fonts, "eastAsia"), id);
            assertEquals("Times New Roman", DocxFile.w(fonts, "ascii"), id);
            assertEquals("Times New Roman", DocxFile.w(fonts, "hAnsi"), id);
            assertEquals("Times New Roman", DocxFile.w(fonts, "cs"), id);
            assertEquals("eastAsia", DocxFile.w(fonts, "hint"), id);
        });
    }

    @Test
    void sizesIndentsSpacingAndAlignment() {
        Element body = style(DocxStyles.asciiId("正文"));
        assertEquals("32", get(body, "w:rPr/w:sz/@w:val"));
        assertEquals("32", get(body, "w:rPr/w:szCs/@w:val"));
        assertEquals("200", get(body, "w:pPr/w:ind/@w:firstLineChars"));
        assertEquals("640", get(body, "w:pPr/w:ind/@w:firstLine"));
        assertEquals("579", get(body, "w:pPr/w:spacing/@w:line"));
        assertEquals("exact", get(body, "w:pPr/w:spacing/@w:lineRule"));
        assertEquals("both", get(body, "w:pPr/w:jc/@w:val"));

        Element title = style(DocxStyles.asciiId("封面标题"));
        assertEquals("44", get(title, "w:rPr/w:sz/@w:val"));
        assertEquals("240", get(title, "w:pPr/w:spacing/@w:line"));
        assertEquals("auto", get(title, "w:pPr/w:spacing/@w:lineRule"));
        assertEquals("480", get(title, "w:pPr/w:spacing/@w:after"));
        assertEquals("center", get(title, "w:pPr/w:jc/@w:val"));

        Element h2 = style("Heading2");
        assertTrue(get(h2, "w:rPr/w:b/@w:val").isEmpty(), "bold");
        assertEquals(1, docx.nodes(h2, "w:pPr/w:keepNext[not(@w:val)]").size(), "keep with next");
        // Off values are explicit so that LibreOffice's own Heading 1 (bold, larger) does not show through.
        assertTrue(Set.of("false", "0").contains(get(style("Heading1"), "w:rPr/w:b/@w:val")));
    }

    @Test
    void documentDefaultsAreChineseAndSettingsDoNotAskToUpdateFields() {
        Element fonts = docx.nodes(STYLES, "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts").get(0);
        assertEquals("仿宋_GB2312", DocxFile.w(fonts, "eastAsia"));
        assertEquals("Times New Roman", DocxFile.w(fonts, "ascii"));
        assertEquals("zh-CN", docx.string(STYLES, "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:eastAsia"));
        String settings = "word/settings.xml";
        assertTrue(docx.nodes(settings, "//w:updateFields").isEmpty());
        assertTrue(docx.nodes(settings, "//w:rsids").isEmpty());
        assertEquals(1, docx.nodes(settings, "//w:compat/w:doNotExpandShiftReturn").size());
        assertEquals(String.valueOf(DocxPackageParts.WORD_COMPATIBILITY_MODE),
                docx.string(settings, "//w:compatSetting[@w:name='compatibilityMode']/@w:val"));
        assertEquals("仿宋", docx.string("word/fontTable.xml", "//w:font[@w:name='仿宋_GB2312']/w:altName/@w:val"));
    }

    @Test
    void anchoredParagraphInABodyStyleGetsAnOutlineLevelForTocUpdates() throws IOException {
        Document base = SampleDocument.build();
        Document doc = new Document(base.meta(), base.page(), base.styles(), List.of(new Section(true, List.of(
                new Document.Paragraph("正文", List.of(SampleDocument.text("说明")), "_Toc0100", 2)))));
        DocxFile d = DocxFile.render(doc);
        assertEquals("1", d.string("word/document.xml", "//w:body/w:p[1]/w:pPr/w:outlineLvl/@w:val"));
    }

    @Test
    void styleIdsAreAsciiDistinctAndStable() {
        String a = DocxStyles.asciiId("正文");
        assertEquals("js_u6B63_u6587", a);
        assertEquals("jsBody2", DocxStyles.asciiId("Body2"));
        assertEquals("js_U020000", DocxStyles.asciiId("𠀀"));
        assertNotEquals(DocxStyles.asciiId("a_b"), DocxStyles.asciiId("a b"));
        assertTrue(a.chars().allMatch(c -> c < 128));
    }

    @Test
    void anUndefinedStyleIsReportedByName() {
        Document base = SampleDocument.build();
        Document doc = new Document(base.meta(), base.page(), base.styles(), List.of(new Section(true, List.of(
                SampleDocument.para("不存在的样式", SampleDocument.text("x"))))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocxFile.render(doc));
        assertTrue(e.getMessage().contains("不存在的样式"));
    }
}
