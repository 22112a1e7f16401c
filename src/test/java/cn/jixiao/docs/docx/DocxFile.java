package cn.jixiao.docs.docx;

import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.LaidOutDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A rendered .docx opened up for assertions: its zip entries, and XPath over its XML parts. */
final class DocxFile {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    final byte[] bytes;
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final Map<String, ZipEntry> zipEntries = new LinkedHashMap<>();
    private final Map<String, org.w3c.dom.Document> parsed = new LinkedHashMap<>();
    private final XPath xpath;

    DocxFile(byte[] bytes) throws IOException {
        this.bytes = bytes;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
                zipEntries.put(e.getName(), e);
            }
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> W;
                    case "r" -> R;
                    case "cp" -> "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
                    case "dc" -> "http://purl.org/dc/elements/1.1/";
                    case "dcterms" -> "http://purl.org/dc/terms/";
                    case "ep" -> "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
                    case "rel" -> "http://schemas.openxmlformats.org/package/2006/relationships";
                    case "ct" -> "http://schemas.openxmlformats.org/package/2006/content-types";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** The DOCX of a document as the renderer writes it: laid out first, so tables have widths and the 目录 entries. */
    static DocxFile render(Document doc) throws IOException {
        LaidOutDocument layout = Paginator.layout(doc, TestRendering.FONTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(layout, out);
        DocxFile file = new DocxFile(out.toByteArray());
        file.pageOfAnchor = layout.pageOfAnchor();
        return file;
    }

    /** The page numbers the layout gave the document's 目录 targets. */
    Map<String, Integer> pageOfAnchor = Map.of();

    String xml(String part) {
        byte[] b = entries.get(part);
        if (b == null) {
            throw new AssertionError("no part " + part + " in " + entries.keySet());
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    org.w3c.dom.Document dom(String part) {
        return parsed.computeIfAbsent(part, p -> {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(p)));
            } catch (Exception e) {
                throw new AssertionError("cannot parse " + p, e);
            }
        });
    }

    List<Element> nodes(String part, String expr) {
        return nodes(dom(part), expr);
    }

    List<Element> nodes(Node context, String expr) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expr, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add((Element) list.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    String string(Node context, String expr) {
        try {
            return xpath.evaluate(expr, context);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    String string(String part, String expr) {
        return string(dom(part), expr);
    }

    static String w(Element e, String localName) {
        return e.getAttributeNS(W, localName);
    }

    /** The visible text of an element: its w:t contents, w:tab as a tab, w:br as a newline. */
    String text(Node context) {
        StringBuilder sb = new StringBuilder();
        for (Element e : nodes(context, ".//w:t | .//w:tab[parent::w:r] | .//w:br")) {
            switch (e.getLocalName()) {
                case "t" -> sb.append(e.getTextContent());
                case "tab" -> sb.append('\t');
                default -> sb.append('\n');
            }
        }
        return sb.toString();
    }
}
