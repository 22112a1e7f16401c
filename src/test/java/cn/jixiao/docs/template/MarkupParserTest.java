package cn.jixiao.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.model.Document;
import org.junit.jupiter.api.Test;

class MarkupParserTest {

    private static final String HEAD = "<document lang=\"zh-CN\" created=\"2024-01-01T00:00:00Z\">\n"
            + "<page width=\"210mm\" height=\"297mm\" top=\"37mm\" bottom=\"35mm\" left=\"28mm\" right=\"26mm\"/>\n"
            + "<footer distance=\"24mm\" style=\"f\" odd=\"right\">{page}</footer>\n"
            + "<style name=\"f\" font=\"宋体\" size=\"14pt\"/>\n";

    private static String markup(String tocSection) {
        return HEAD + "<section numbered=\"" + tocSection + "\"><toc styles=\"f\"/></section>\n"
                + "<section numbered=\"true\"><p style=\"f\" anchor=\"a\" toc=\"1\">一、标题</p></section>\n</document>";
    }

    @Test
    void aTocInAnUnnumberedSectionParses() {
        Document doc = MarkupParser.parse(markup("false"));
        assertEquals(2, doc.sections().size());
        assertEquals(Document.Align.RIGHT, doc.page().footer().even(), "even pages place the footer as odd ones");
    }

    /** Its own pages would be counted, so every number it prints would be wrong: the template is refused. */
    @Test
    void aTocInANumberedSectionIsATemplateErrorInChinese() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MarkupParser.parse(markup("true")));
        assertTrue(e.getMessage().startsWith("模板把目录（<toc>）放在了编号的节中（第 5 行）"), e.getMessage());
    }

    /** The template holds the document's language, date and footer placement; the parser supplies none. */
    @Test
    void whatTheTemplateHoldsIsNotDefaultedByTheParser() {
        for (String attribute : new String[] {" lang=\"zh-CN\"", " created=\"2024-01-01T00:00:00Z\"", " odd=\"right\""}) {
            String without = markup("false").replace(attribute, "");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> MarkupParser.parse(without));
            assertTrue(e.getMessage().contains("needs attribute " + attribute.strip().split("=")[0]), e.getMessage());
        }
    }

    /** A value's newline (Alt+Enter in a workbook cell) is a line break in the model, so both writers break there. */
    @Test
    void aNewlineInsideAParagraphIsALineBreak() {
        Document doc = MarkupParser.parse(HEAD + "<section numbered=\"true\"><p style=\"f\">用于拨付经费。\n维护权益。</p></section>\n</document>");
        Document.Paragraph p = (Document.Paragraph) doc.sections().get(0).blocks().get(0);
        assertEquals(java.util.List.of(new Document.Text("用于拨付经费。", false), new Document.LineBreak(),
                new Document.Text("维护权益。", false)), p.inlines());
    }
}
