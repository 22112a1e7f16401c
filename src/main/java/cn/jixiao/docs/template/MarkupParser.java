package cn.jixiao.docs.template;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Align;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Column;
import cn.jixiao.docs.model.Document.Inline;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Style;
import cn.jixiao.docs.model.Document.VAlign;
import cn.jixiao.docs.model.Document.Wrap;
import cn.jixiao.docs.model.FontRole;
import cn.jixiao.docs.problem.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import cn.jixiao.docs.template.MarkupReader.Event;

/**
 * Parses the markup a template emits into the {@link Document} model. The markup is small and XHTML-like:
 * <pre>
 * document(title author subject keywords lang created)
 *   page(width height top bottom left right)                       lengths: 37mm, 16pt or 16
 *   footer(distance style odd even inset) holding the footer text, with {page} for the number
 *   style(name font size bold align indent line before after outline keep-next wrap)*
 *   section(numbered)*  holding  p(style anchor toc) | table | toc(styles no-page) | pagebreak
 *     p holds text, b, br, tab;  table(cell-style min-line) holds col(min max)* then tr(header)* holding
 *     td(colspan rowspan valign repeat-label style), and a td holds inline content (one paragraph) or p elements.
 * </pre>
 * Every layout value comes from the template, which holds them all: the document's language and date, the page, the
 * footer with its odd-page alignment, and the name, font and size of a style must be given; any other attribute left
 * out means "none" (no text, no indent, no space, not bold, left aligned, wrapping between characters), and even
 * pages place the footer as odd ones unless told otherwise.
 * Whitespace that only indents the markup (a run with a newline at either end of a paragraph) is dropped;
 * input text never carries newlines here because prose is split into paragraphs before the template sees it.
 */
final class MarkupParser {

    private final MarkupReader xml;
    private final Map<String, Style> styles = new LinkedHashMap<>();
    private final Set<String> anchors = new HashSet<>();

    private MarkupParser(MarkupReader xml) { this.xml = xml; }

    static Document parse(String markup) {
        try {
            return new MarkupParser(new MarkupReader(markup)).document();
        } catch (MarkupReader.Malformed e) {
            throw new IllegalStateException("template produced malformed markup: " + e.getMessage(), e);
        }
    }

    private Document document() {
        nextElement();
        expect("document");
        Document.Meta meta = new Document.Meta(attr("title", ""), attr("author", ""), attr("subject", ""),
                attr("keywords", ""), required("lang"), Instant.parse(required("created")));
        Document.Page page = null;
        float[] paper = null;
        Document.Footer footer = null;
        List<Document.Section> sections = new ArrayList<>();
        while (nextChild()) {
            switch (xml.name()) {
                case "page" -> {
                    paper = new float[] {requiredLength("width"), requiredLength("height"), requiredLength("top"),
                        requiredLength("bottom"), requiredLength("left"), requiredLength("right")};
                    skipToEnd();
                }
                case "footer" -> footer = footer();
                case "style" -> {
                    Style s = style();
                    styles.put(s.name(), s);
                    skipToEnd();
                }
                case "section" -> sections.add(section());
                default -> throw unexpected();
            }
        }
        if (paper == null || footer == null) {
            throw new IllegalStateException("template markup needs a <page> and a <footer> element");
        }
        page = new Document.Page(paper[0], paper[1], paper[2], paper[3], paper[4], paper[5], footer);
        Document doc = new Document(meta, page, styles, sections);
        doc.style(footer.style());
        return doc;
    }

    private Document.Footer footer() {
        float distance = requiredLength("distance");
        String style = required("style");
        Align odd = align(required("odd"));
        Align even = align(attr("even", xml.attribute("odd")));
        float inset = Float.parseFloat(attr("inset", "0"));
        StringBuilder text = new StringBuilder();
        while (true) {
            Event event = xml.next();
            if (event == Event.END_ELEMENT) {
                break;
            }
            if (event == Event.START_ELEMENT) {
                throw unexpected();
            }
            if (event == Event.TEXT) {
                text.append(xml.text());
            }
        }
        return new Document.Footer(distance, text.toString().strip(), style, odd, even, inset);
    }

    private Style style() {
        String name = required("name");
        FontRole font = FontRole.named(required("font"));
        if (font == null) {
            throw new IllegalStateException("style '" + name + "' names font '" + xml.attribute("font")
                    + "'; the font roles are " + FontRole.names());
        }
        return new Style(name, font, requiredLength("size"), Boolean.parseBoolean(attr("bold", "false")),
                align(attr("align", "left")), Float.parseFloat(attr("indent", "0")), length("line", "0"),
                length("before", "0"), length("after", "0"), Integer.parseInt(attr("outline", "0")),
                Boolean.parseBoolean(attr("keep-next", "false")),
                Wrap.valueOf(attr("wrap", "characters").toUpperCase(Locale.ROOT)));
    }

    private Document.Section section() {
        boolean numbered = Boolean.parseBoolean(attr("numbered", "false"));
        List<Block> blocks = new ArrayList<>();
        while (nextChild()) {
            switch (xml.name()) {
                case "p" -> blocks.add(paragraph(null, numbered));
                case "table" -> {
                    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Document.Table) {
                        throw new IllegalStateException("template markup has two tables in a row at line "
                                + xml.line() + ": put a paragraph between them, or Word joins them into one");
                    }
                    blocks.add(table());
                }
                case "toc" -> {
                    if (numbered) {
                        // Its own pages would shift every number it prints: the 目录 is laid out last, unnumbered.
                        throw new IllegalStateException(Messages.get().format("template.tocInNumberedSection", xml.line()));
                    }
                    List<String> entryStyles = List.of(required("styles").split(","));
                    entryStyles.forEach(this::knownStyle);
                    List<Integer> noPage = new ArrayList<>();
                    for (String level : attr("no-page", "").split(",")) {
                        if (!level.isBlank()) {
                            noPage.add(Integer.parseInt(level.trim()));
                        }
                    }
                    blocks.add(new Document.Toc(entryStyles, noPage, List.of()));
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

    private Document.Table table() {
        String cellStyle = required("cell-style");
        knownStyle(cellStyle);
        float minLine = length("min-line", "0");
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        while (nextChild()) {
            if (xml.name().equals("col") && rows.isEmpty()) {
                float min = share("min");
                float max = share("max");
                if (min <= 0 || max < min || max > 1) {
                    throw new IllegalStateException("<col> needs 0 < min <= max <= 100% at line " + xml.line());
                }
                columns.add(Column.share(min, max));
                skipToEnd();
                continue;
            }
            expect("tr");
            boolean header = Boolean.parseBoolean(attr("header", "false"));
            List<Cell> cells = new ArrayList<>();
            while (nextChild()) {
                expect("td");
                cells.add(cell(cellStyle));
            }
            rows.add(new Row(header, false, cells));
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("template markup has a <table> without <col> elements");
        }
        return new Document.Table(columns, rows, minLine);
    }

    private Cell cell(String tableCellStyle) {
        int colSpan = Integer.parseInt(attr("colspan", "1"));
        int rowSpan = Integer.parseInt(attr("rowspan", "1"));
        VAlign valign = VAlign.valueOf(attr("valign", "center").toUpperCase(Locale.ROOT));
        boolean repeat = Boolean.parseBoolean(attr("repeat-label", "false"));
        String style = attr("style", tableCellStyle);
        knownStyle(style);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        while (true) {
            Event event = xml.next();
            if (event == Event.END_ELEMENT) {
                break;
            }
            if (event == Event.START_ELEMENT && xml.name().equals("p")) {
                paragraphs.add(paragraph(style, false));
            } else {
                inline(event, inlines, false);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(new Paragraph(style, trim(inlines), null, 0));
        }
        return new Cell(colSpan, rowSpan, valign, repeat, paragraphs);
    }

    /** A paragraph; only one at the top of a numbered section may be a 目录 target (it needs a page number). */
    private Paragraph paragraph(String defaultStyle, boolean mayBeTarget) {
        String style = defaultStyle == null ? required("style") : attr("style", defaultStyle);
        knownStyle(style);
        String anchor = xml.attribute("anchor");
        if (anchor != null && !mayBeTarget) {
            throw new IllegalStateException("template markup puts anchor '" + anchor + "' outside a numbered section's"
                    + " top level at line " + xml.line());
        }
        int toc = Integer.parseInt(attr("toc", "0"));
        if (anchor != null && !anchors.add(anchor)) {
            throw new IllegalStateException("template uses anchor twice: " + anchor);
        }
        List<Inline> inlines = new ArrayList<>();
        while (true) {
            Event event = xml.next();
            if (event == Event.END_ELEMENT) {
                break;
            }
            inline(event, inlines, false);
        }
        return new Paragraph(style, trim(inlines), anchor, anchor == null ? 0 : toc);
    }

    /** Reads one piece of inline content: text, or a b/br/tab element. */
    private void inline(Event event, List<Inline> out, boolean bold) {
        switch (event) {
            case TEXT -> {
                String text = xml.text();
                if (!text.isEmpty()) {
                    out.add(new Document.Text(text, bold));
                }
            }
            case START_ELEMENT -> {
                switch (xml.name()) {
                    case "b" -> {
                        while (true) {
                            Event e = xml.next();
                            if (e == Event.END_ELEMENT) {
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
        return lineBreaks(merged);
    }

    /**
     * A newline inside a value (a workbook cell with Alt+Enter, a JSON value with \n) breaks the line there, in the
     * PDF as in the DOCX, which writes it as w:br: the model says so with a LineBreak, so that no writer has to.
     */
    private static List<Inline> lineBreaks(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline i : inlines) {
            if (!(i instanceof Document.Text t) || t.text().indexOf('\n') < 0) {
                out.add(i);
                continue;
            }
            String[] pieces = t.text().split("\n", -1);
            for (int k = 0; k < pieces.length; k++) {
                if (k > 0) {
                    out.add(new Document.LineBreak());
                }
                if (!pieces[k].isEmpty()) {
                    out.add(new Document.Text(pieces[k], t.bold()));
                }
            }
        }
        return out;
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

    private void nextElement() {
        // The reader reports a document without a root element as malformed, so a start tag comes.
        while (xml.next() != Event.START_ELEMENT) {
            // whitespace before the root
        }
    }

    /** Advances to the next child element of the current element; false at the current element's end. */
    private boolean nextChild() {
        for (Event event = xml.next(); event != Event.END_DOCUMENT; event = xml.next()) {
            if (event == Event.START_ELEMENT) {
                return true;
            }
            if (event == Event.END_ELEMENT) {
                return false;
            }
            if (event == Event.TEXT && !xml.isWhiteSpace()) {
                throw new IllegalStateException("template markup has text outside a paragraph: "
                        + xml.text().strip() + " at line " + xml.line());
            }
        }
        return false;
    }

    private void skipToEnd() {
        int depth = 1;
        while (depth > 0) {
            Event event = xml.next();
            if (event == Event.START_ELEMENT) {
                depth++;
            } else if (event == Event.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void expect(String name) {
        if (!xml.name().equals(name)) {
            throw unexpected();
        }
    }

    private IllegalStateException unexpected() {
        return new IllegalStateException("template markup has unexpected <" + xml.name() + "> at line "
                + xml.line());
    }

    private void knownStyle(String name) {
        if (!styles.containsKey(name)) {
            throw new IllegalStateException("template uses undefined style '" + name + "' at line "
                    + xml.line());
        }
    }

    private String attr(String name, String fallback) {
        String v = xml.attribute(name);
        return v == null ? fallback : v;
    }

    private String required(String name) {
        String v = xml.attribute(name);
        if (v == null) {
            throw new IllegalStateException("<" + xml.name() + "> needs attribute " + name);
        }
        return v;
    }

    private Align align(String value) { return Align.valueOf(value.toUpperCase(Locale.ROOT)); }

    private float requiredLength(String name) {
        required(name);
        return length(name, null);
    }

    /** A share of the text width: "12%" or 0.12. */
    private float share(String name) {
        String v = required(name).trim();
        return v.endsWith("%") ? Float.parseFloat(v.substring(0, v.length() - 1)) / 100f : Float.parseFloat(v);
    }

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
