package cn.jixiao.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The markup reader reads what the JDK's StAX parser reads, and refuses what it refuses, saying where. */
class MarkupReaderTest {

    /** The attributes compared: every one the default template writes, and the test's own. */
    private static final List<String> ATTRIBUTES = List.of("a", "b", "style", "name", "font", "size", "colspan",
            "rowspan", "anchor", "toc", "header", "min", "max", "cell-style", "valign", "repeat-label", "title",
            "created", "width", "height", "odd", "even", "inset", "distance", "styles", "no-page", "numbered",
            "min-line", "line", "before", "after", "indent", "align", "bold", "outline", "keep-next", "wrap");

    /** Every fixture's markup gives the same events, names, attributes and text as StAX in coalescing mode. */
    @Test
    void readsEveryFixturesMarkupAsStaxDoes() throws Exception {
        for (Path fixture : Fixtures.valid()) {
            String markup = TestRendering.TEMPLATES.markup(TestRendering.plan(fixture));
            assertEquals(stax(markup), ours(markup), fixture.toString());
        }
    }

    @Test
    void readsTheXmlATemplateAuthorMayWrite() throws Exception {
        String markup = "<?xml version=\"1.0\"?>\r\n<!-- a comment -->\n<document a='1' b=\"x&amp;y &#x4E2D;&#25991; q&quot;\tz\">"
                + "<p style=\"s\">A &lt;b&gt; <![CDATA[<raw> & ]]>text\r\nnext</p><br/><!-- inside --><b>粗</b></document>\n";
        assertEquals(stax(markup), ours(markup));
        assertTrue(ours(markup).contains("attr b=x&y 中文 q\" z"), ours(markup).toString());
    }

    @Test
    void refusesMalformedMarkupWithItsLine() {
        assertMalformed("<document>\n<p></q></document>", "</q> does not close <p>", 2);
        assertMalformed("<document>\n\n<p>&nbsp;</p></document>", "unknown entity &nbsp;", 3);
        assertMalformed("<!DOCTYPE x [<!ENTITY e \"boom\">]><document/>", "not allowed", 1);
        assertMalformed("<document>\u0001</document>", "U+0001", 1);
        assertMalformed("<document><p>", "<p> is not closed", 1);
        assertMalformed("<document/>\ntext", "content after the root element", 2);
        assertMalformed("<document a=\"1\" a=\"2\"/>", "given twice", 1);
        assertMalformed("<document a=1/>", "must be quoted", 1);
        assertMalformed("<document>\ud800</document>", "U+D800", 1);
        assertMalformed("", "no root element", 1);
    }

    private static void assertMalformed(String markup, String message, int line) {
        MarkupReader.Malformed e = assertThrows(MarkupReader.Malformed.class, () -> ours(markup));
        assertTrue(e.getMessage().contains(message) && e.getMessage().contains("at line " + line + ","),
                markup + " → " + e.getMessage());
    }

    private static List<String> ours(String markup) {
        MarkupReader r = new MarkupReader(markup);
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (MarkupReader.Event e = r.next(); e != MarkupReader.Event.END_DOCUMENT; e = r.next()) {
            if (e == MarkupReader.Event.TEXT) {
                text.append(r.text());
                continue;
            }
            flush(events, text);
            if (e == MarkupReader.Event.START_ELEMENT) {
                events.add("start " + r.name());
                for (String name : ATTRIBUTES) {
                    if (r.attribute(name) != null) {
                        events.add("attr " + name + "=" + r.attribute(name));
                    }
                }
            } else {
                events.add("end " + r.name());
            }
        }
        flush(events, text);
        return events;
    }

    private static List<String> stax(String markup) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(markup));
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                if (depth > 0) {
                    text.append(r.getText());
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                flush(events, text);
                depth++;
                events.add("start " + r.getLocalName());
                for (String name : ATTRIBUTES) {
                    if (r.getAttributeValue(null, name) != null) {
                        events.add("attr " + name + "=" + r.getAttributeValue(null, name));
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                flush(events, text);
                depth--;
                events.add("end " + r.getLocalName());
            }
        }
        flush(events, text);
        return events;
    }

    /** Text between two tags as one piece: the two readers may split it differently at comments. */
    private static void flush(List<String> events, StringBuilder text) {
        if (!text.isEmpty()) {
            events.add("text " + text);
            text.setLength(0);
        }
    }
}
