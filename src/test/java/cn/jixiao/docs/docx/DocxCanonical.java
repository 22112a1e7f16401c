package cn.jixiao.docs.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a .docx says, independent of how its XML is spelled: the zip entries in order and, for each part, its
 * elements (by namespace URI and local name) in document order with their attributes (by namespace URI, local
 * name and value) and text. Namespace declarations, prefixes, attribute order and the XML declaration do not show.
 * One node per line, indented by depth, so that a difference reads like a diff of the document.
 */
final class DocxCanonical {

    /** Short labels for the namespaces the writer uses; any other URI is spelled out in braces. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(DocxFile.W, "w"),
            Map.entry(DocxFile.R, "r"),
            Map.entry(XMLConstants.XML_NS_URI, "xml"),
            Map.entry("http://schemas.openxmlformats.org/package/2006/relationships", "rel"),
            Map.entry("http://schemas.openxmlformats.org/package/2006/content-types", "ct"),
            Map.entry("http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"),
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"),
            Map.entry("http://purl.org/dc/terms/", "dcterms"),
            Map.entry(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi"),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "ep"));

    private DocxCanonical() {}

    static String of(DocxFile docx) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, byte[]> e : docx.entries.entrySet()) {
            out.append("== ").append(e.getKey()).append('\n');
            part(e.getValue(), out);
        }
        return out.toString();
    }

    private static void part(byte[] xml, StringBuilder out) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            dom.normalizeDocument();
            node(dom.getDocumentElement(), 0, out);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not well-formed XML", e);
        }
    }

    private static void node(Node n, int depth, StringBuilder out) {
        out.append(" ".repeat(depth));
        if (n instanceof Element e) {
            out.append('<').append(name(e));
            for (Attr a : attributes(e)) {
                out.append(' ').append(name(a)).append("=\"");
                escape(a.getValue(), out);
                out.append('"');
            }
            out.append('\n');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                node(c, depth + 1, out);
            }
        } else {
            out.append('"');
            escape(n.getNodeValue(), out);
            out.append('\n');
        }
    }

    /** Namespace declarations are spelling, not content. */
    private static List<Attr> attributes(Element e) {
        NamedNodeMap map = e.getAttributes();
        List<Attr> out = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(DocxCanonical::name));
        return out;
    }

    private static String name(Node n) {
        String uri = n.getNamespaceURI();
        if (uri == null) {
            return n.getLocalName();
        }
        String label = LABELS.get(uri);
        return (label != null ? label + ":" : "{" + uri + "}") + n.getLocalName();
    }

    /** One line per node: line ends, tabs and backslashes inside values are written as escapes. */
    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
