package cn.jixiao.docs.template;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Align;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Inline;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Style;
import cn.jixiao.docs.model.Document.VAlign;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the markup a template emits into the {@link Document} model. The markup is small and XHTML-like:
 * <pre>
 * document(title author subject keywords lang created)
 *   page(width height top bottom left right footer-distance footer footer-style)   lengths: 37mm, 16pt or 16
 *   style(name font size bold align indent line before after outline keep-next)*
 *   section(numbered)*  holding  p(style anchor toc) | table(widths) | toc(styles no-page) | pagebreak
 *     p holds text, b, br, tab;  table holds tr(header) holding td(colspan rowspan valign repeat-label style)
 *     and a td holds inline content (one paragraph) or p elements.
 * </pre>
 * Whitespace that only indents the markup (a run with a newline at either end of a paragraph) is dropped;
 * input text never carries newlines here because prose is split into paragraphs before the template sees it.
 */
final class MarkupParser {

    private static final XMLInputFactory FACTORY = secureFactory();

    private final XMLStreamReader xml;
    private final Map<String, Style> styles = new LinkedHashMap<>();
    private final Set<String> anchors = new HashSet<>();

    private MarkupParser(XMLStreamReader xml) { this.xml = xml; }

    static Document parse(String markup) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(markup));
            try {
                return new MarkupParser(reader).document();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("template produced malformed markup: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    private Document document() throws XMLStreamException {
        nextElement();
        expect("document");
        Document.Meta meta = new Document.Meta(attr("title", ""), attr("author", ""), attr("subject", ""),
                attr("keywords", ""), attr("lang", "zh-CN"), Instant.parse(attr("created", "2000-01-01T00:00:00Z")));
        Document.Page page = null;
        List<Document.Section> sections = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "page" -> {
                    page = page();
                    skipToEnd();
                }
                case "style" -> {
                    Style s = style();
                    styles.put(s.name(), s);
                    skipToEnd();
                }
                case "section" -> sections.add(section());
                default -> throw unexpected();
            }
        }
        if (page == null) {
            throw new IllegalStateException("template markup has no <page> element");
        }
        Document doc = new Document(meta, page, styles, sections);
        doc.style(page.footerStyle());
        return doc;
    }

    private Document.Page page() {
        return new Document.Page(length("width", "210mm"), length("height", "297mm"), length("top", "37mm"),
                length("bottom", "35mm"), length("left", "28mm"), length("right", "26mm"),
                length("footer-distance", "20mm"), attr("footer", "{page}"), attr("footer-style", "footer"));
    }

    private Style style() {
        return new Style(required("name"), attr("font", "仿宋"), length("size", "16pt"),
                Boolean.parseBoolean(attr("bold", "false")), align(attr("align", "justify")),
                Float.parseFloat(attr("indent", "0")), length("line", "0"), length("before", "0"),
                length("after", "0"), Integer.parseInt(attr("outline", "0")),
                Boolean.parseBoolean(attr("keep-next", "false")));
    }

    private Document.Section section() throws XMLStreamException {
        boolean numbered = Boolean.parseBoolean(attr("numbered", "false"));
        List<Block> blocks = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "p" -> blocks.add(paragraph(null));
                case "table" -> blocks.add(table());
                case "toc" -> {
                    List<String> entryStyles = List.of(required("styles").split(","));
                    entryStyles.forEach(this::knownStyle);
                    List<Integer> noPage = new ArrayList<>();
                    for (String level : attr("no-page", "").split(",")) {
                        if (!level.isBlank()) {
                            noPage.add(Integer.parseInt(level.trim()));
                        }
                    }
                    blocks.add(new Document.Toc(entryStyles, noPage));
                    skipToEnd();
                }
                case "pagebreak" -> {
                    blocks.add(new Document.PageBreak());
                    skipToEnd();
                }
                default -> throw unexpected();
            }
        }
        return new Document.Section(numbered, blocks);
    }

    private Document.Table table() throws XMLStreamException {
        List<Float> widths = new ArrayList<>();
        for (String w : required("widths").split(",")) {
            widths.add(Float.parseFloat(w.trim()));
        }
        List<Row> rows = new ArrayList<>();
        while (nextChild()) {
            expect("tr");
            boolean header = Boolean.parseBoolean(attr("header", "false"));
            List<Cell> cells = new ArrayList<>();
            while (nextChild()) {
                expect("td");
                cells.add(cell());
            }
            rows.add(new Row(header, cells));
        }
        return new Document.Table(widths, rows);
    }

    private Cell cell() throws XMLStreamException {
        int colSpan = Integer.parseInt(attr("colspan", "1"));
        int rowSpan = Integer.parseInt(attr("rowspan", "1"));
        VAlign valign = VAlign.valueOf(attr("valign", "center").toUpperCase(Locale.ROOT));
        boolean repeat = Boolean.parseBoolean(attr("repeat-label", "false"));
        String style = attr("style", "cell");
        knownStyle(style);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("p")) {
                paragraphs.add(paragraph(style));
            } else {
                inline(event, inlines, false);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(new Paragraph(style, trim(inlines), null, 0));
        }
        return new Cell(colSpan, rowSpan, valign, repeat, paragraphs);
    }

    private Paragraph paragraph(String defaultStyle) throws XMLStreamException {
        String style = attr("style", defaultStyle == null ? "body" : defaultStyle);
        knownStyle(style);
        String anchor = xml.getAttributeValue(null, "anchor");
        int toc = Integer.parseInt(attr("toc", "0"));
        if (anchor != null && !anchors.add(anchor)) {
            throw new IllegalStateException("template uses anchor twice: " + anchor);
        }
        List<Inline> inlines = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            inline(event, inlines, false);
        }
        return new Paragraph(style, trim(inlines), anchor, anchor == null ? 0 : toc);
    }

    /** Reads one piece of inline content: text, or a b/br/tab element. */
    private void inline(int event, List<Inline> out, boolean bold) throws XMLStreamException {
        switch (event) {
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                String text = xml.getText();
                if (!text.isEmpty()) {
                    out.add(new Document.Text(text, bold));
                }
            }
            case XMLStreamConstants.START_ELEMENT -> {
                switch (xml.getLocalName()) {
                    case "b" -> {
                        while (true) {
                            int e = xml.next();
                            if (e == XMLStreamConstants.END_ELEMENT) {
                                break;
                            }
                            inline(e, out, true);
                        }
                    }
                    case "br" -> {
                        out.add(new Document.LineBreak());
                        skipToEnd();
                    }
                    case "tab" -> {
                        out.add(new Document.RightTab());
                        skipToEnd();
                    }
                    default -> throw unexpected();
                }
            }
            default -> { }
        }
    }

    /** Drops markup indentation at the ends of a paragraph and merges adjacent runs of the same weight. */
    private static List<Inline> trim(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Document.Text t && !merged.isEmpty()
                    && merged.get(merged.size() - 1) instanceof Document.Text prev && prev.bold() == t.bold()) {
                merged.set(merged.size() - 1, new Document.Text(prev.text() + t.text(), t.bold()));
            } else {
                merged.add(i);
            }
        }
        if (!merged.isEmpty() && merged.get(0) instanceof Document.Text first) {
            merged.set(0, new Document.Text(stripIndentation(first.text(), true), first.bold()));
        }
        int last = merged.size() - 1;
        if (last >= 0 && merged.get(last) instanceof Document.Text end) {
            merged.set(last, new Document.Text(stripIndentation(end.text(), false), end.bold()));
        }
        merged.removeIf(i -> i instanceof Document.Text t && t.text().isEmpty());
        return merged;
    }

    private static String stripIndentation(String s, boolean leading) {
        if (leading) {
            int i = 0;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return s.substring(0, i).contains("\n") ? s.substring(i) : s;
        }
        int j = s.length();
        while (j > 0 && Character.isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(j).contains("\n") ? s.substring(0, j) : s;
    }

    // ---- cursor helpers ----

    private void nextElement() throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // skip prolog, comments and whitespace
        }
    }

    /** Advances to the next child element of the current element; false at the current element's end. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                throw new IllegalStateException("template markup has text outside a paragraph: "
                        + xml.getText().strip() + " at line " + xml.getLocation().getLineNumber());
            }
        }
        return false;
    }

    private void skipToEnd() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void expect(String name) {
        if (!xml.getLocalName().equals(name)) {
            throw unexpected();
        }
    }

    private IllegalStateException unexpected() {
        return new IllegalStateException("template markup has unexpected <" + xml.getLocalName() + "> at line "
                + xml.getLocation().getLineNumber());
    }

    private void knownStyle(String name) {
        if (!styles.containsKey(name)) {
            throw new IllegalStateException("template uses undefined style '" + name + "' at line "
                    + xml.getLocation().getLineNumber());
        }
    }

    private String attr(String name, String fallback) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? fallback : v;
    }

    private String required(String name) {
        String v = xml.getAttributeValue(null, name);
        if (v == null) {
            throw new IllegalStateException("<" + xml.getLocalName() + "> needs attribute " + name);
        }
        return v;
    }

    private Align align(String value) { return Align.valueOf(value.toUpperCase(Locale.ROOT)); }

    /** A length in points; "mm" and "pt" suffixes are understood. */
    private float length(String name, String fallback) {
        String v = attr(name, fallback).trim();
        if (v.endsWith("mm")) {
            return Float.parseFloat(v.substring(0, v.length() - 2)) * 72f / 25.4f;
        }
        if (v.endsWith("pt")) {
            return Float.parseFloat(v.substring(0, v.length() - 2));
        }
        return Float.parseFloat(v);
    }
}
