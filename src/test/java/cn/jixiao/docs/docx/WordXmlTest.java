package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class WordXmlTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static String xml(WordXml x) {
        return new String(x.finish(), StandardCharsets.UTF_8);
    }

    @Test
    void rootDeclaresExactlyTheNamespacesGivenInThatOrder() {
        assertEquals(DECLARATION + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>",
                xml(WordXml.part("w:document", WordXml.Namespace.W, WordXml.Namespace.R)));
        assertEquals(DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                xml(WordXml.part("Types", WordXml.Namespace.CONTENT_TYPES)));
    }

    @Test
    void elementsWithoutContentCloseThemselvesAndFinishClosesWhatIsOpen() {
        WordXml x = WordXml.part("a");
        x.open("b").attr("n", 7).close().val("c", "v").toggle("d", true).toggle("e", false).open("f").text("t");
        assertEquals(DECLARATION + "<a><b n=\"7\"/><c w:val=\"v\"/><d/><e w:val=\"false\"/><f>t</f></a>", xml(x));
    }

    @Test
    void textEscapesMarkupAndCarriageReturnsOnly() {
        WordXml x = WordXml.part("a");
        x.text("<&>\"'\t\n\r");
        assertEquals(DECLARATION + "<a>&lt;&amp;&gt;\"'\t\n&#13;</a>", xml(x));
    }

    @Test
    void attributesAlsoEscapeQuotesAndLineEnds() {
        WordXml x = WordXml.part("a").attr("v", "<&>\"'\t\n\r");
        assertEquals(DECLARATION + "<a v=\"&lt;&amp;&gt;&quot;'\t&#10;&#13;\"/>", xml(x));
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndSupplementaryOnesKept() {
        WordXml x = WordXml.part("a").attr("v", "a\u0000b\uD800c\uDC00d\uFFFE𠀀");
        x.text("甲\u0001乙\uDFFF丙\uFFFF𠀀");
        assertEquals(DECLARATION + "<a v=\"abcd𠀀\">甲乙丙𠀀</a>", xml(x));
    }

    @Test
    void whatItWritesParsesBackToWhatItWasGiven() throws Exception {
        String value = "特殊字符<&>\"'\n与扩展汉字𠀀 \r";
        WordXml x = WordXml.part("w:p", WordXml.Namespace.W).attr("w:val", value);
        x.text(value);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(x.finish())).getDocumentElement();
        assertEquals(DocxFile.W, root.getNamespaceURI());
        assertEquals(value, root.getAttributeNS(DocxFile.W, "val"));
        assertEquals(value, root.getTextContent());
    }

    @Test
    void anAttributeAfterContentIsAProgrammingError() {
        WordXml x = WordXml.part("a");
        x.text("t");
        assertThrows(IllegalStateException.class, () -> x.attr("late", "v"));
    }
}
