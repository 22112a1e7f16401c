package cn.jixiao.docs.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one document model every writer consumes, in the spirit of Pandoc's AST: the template decides
 * wording and layout, and this is all a writer ever sees. Lengths are in points.
 *
 * <p>A template produces it with what only the content decides left open: column widths, where rows and
 * merged cells break, where titles wrap, the 目录's page numbers. The layout settles those once and returns the
 * document with them filled in ({@code LaidOutDocument.document()}), so that the DOCX says exactly what the PDF shows.
 */
public record Document(Meta meta, Page page, Map<String, Style> styles, List<Section> sections) {

    public Document {
        styles = Map.copyOf(styles);
        sections = List.copyOf(sections);
    }

    /**
     * The 目录's targets in document order: what both writers list (the PDF's entries and bookmarks, the DOCX's TOC
     * field), so they cannot disagree on which paragraphs are entries.
     */
    public List<Paragraph> tocTargets() {
        List<Paragraph> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p && p.isTocTarget()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    public Style style(String name) {
        Style s = styles.get(name);
        if (s == null) {
            throw new IllegalArgumentException("template uses undefined style: " + name);
        }
        return s;
    }

    /** Document properties; {@code created} is derived from the input so output is reproducible. */
    public record Meta(String title, String author, String subject, String keywords, String language, Instant created) {}

    /** Paper and margins; the footer is printed only on sections that are numbered. */
    public record Page(float width, float height, float top, float bottom, float left, float right, Footer footer) {
        public float textWidth() { return width - left - right; }
        public float textHeight() { return height - top - bottom; }
    }

    /**
     * The page number line: {@code text} holds {@code {page}} where the number goes, in {@code style}, its bottom
     * {@code distance} above the paper's edge. Odd and even pages may place it differently (GB/T 9704: odd pages
     * right, even pages left), {@code inset} characters in from the text edge it is aligned to.
     */
    public record Footer(float distance, String text, String style, Align odd, Align even, float inset) {}

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /**
     * How a paragraph's lines may break: between any two Chinese characters; only between words (titles); or not
     * at all where the column can be made wide enough (a value with its unit, 「≥5118人次」), else as characters.
     */
    public enum Wrap { CHARACTERS, WORDS, KEEP }

    /**
     * A named paragraph style. {@code font} is a role that each writer maps to a real font. {@code lineHeight} is
     * an exact line pitch; {@code indent} a first-line indent in characters. {@code outlineLevel} 1..9 makes it a
     * heading that navigation panes, outlines and the 目录 know about.
     */
    public record Style(String name, FontRole font, float size, boolean bold, Align align, float indent,
                        float lineHeight, float spaceBefore, float spaceAfter, int outlineLevel,
                        boolean keepWithNext, Wrap wrap) {

        /** The line pitch; a style without an exact one gets Word's single spacing for CJK text. */
        public float pitch() { return lineHeight > 0 ? lineHeight : size * SINGLE_LINE; }

        /** Word's and LibreOffice's single line spacing of a CJK face, as a multiple of the font size. */
        public static final float SINGLE_LINE = 1.3f;
    }

    /** A page sequence: starts on a new page; numbered sections count pages from 1 across the document. */
    public record Section(boolean numbered, List<Block> blocks) {
        public Section { blocks = List.copyOf(blocks); }
    }

    public sealed interface Block permits Paragraph, Table, Toc, PageBreak {}

    /**
     * A paragraph. When {@code anchor} is set it is a 目录 target: {@code tocLevel} (1-based) says which entry
     * level lists it, and its text (line breaks read as spaces) is the entry. Only top-level paragraphs of a
     * numbered section may be targets (the template parser enforces it).
     */
    public record Paragraph(String style, List<Inline> inlines, String anchor, int tocLevel) implements Block {
        public Paragraph { inlines = List.copyOf(inlines); }

        /** Whether a 目录 level lists it. */
        public boolean isTocTarget() { return anchor != null && tocLevel > 0; }

        public String plainText() {
            StringBuilder sb = new StringBuilder();
            for (Inline i : inlines) {
                sb.append(i instanceof Text t ? t.text() : " ");
            }
            return sb.toString();
        }
    }

    /**
     * A table. Header rows, which must come first (as in Word), repeat at the top of every page the table
     * continues on. Cells span like HTML: a spanned-over position has no cell of its own. Two tables never
     * follow each other directly (Word would join them into one). {@code minLine} is the shortest line pitch the
     * layout may set the table's text on to keep it on one page rather than spill a few rows onto the next
     * (0: never); the laid-out table's paragraphs then name a style of that pitch.
     */
    public record Table(List<Column> columns, List<Row> rows, float minLine) implements Block {
        /** Cell padding, the same in every writer so that rows come out equally tall in DOCX and PDF. */
        public static final float PADDING_X = 4f;
        public static final float PADDING_Y = 2f;
        /** Border line width. */
        public static final float BORDER = 0.5f;
        /**
         * The line of the paragraph Word needs after a table that ends a section (the DOCX writes an empty one): a
         * table there leaves room for it on its last page, or Word and LibreOffice would start a page for it.
         */
        public static final float TRAILING_PARAGRAPH = 1f;

        public Table { columns = List.copyOf(columns); rows = List.copyOf(rows); }
    }

    /**
     * A column takes between {@code min} and {@code max} of the text width (shares, 0..1), as its content
     * needs; {@code width} is what the layout chose, in points, and 0 before it has.
     */
    public record Column(float min, float max, float width) {
        public static Column share(float min, float max) { return new Column(min, max, 0); }
    }

    /**
     * A row is kept whole on a page unless {@code breakable}: the layout makes a row breakable where keeping it
     * whole would leave most of a page empty, or where it is taller than a page. {@code keepWithNext}: the layout
     * moved it to the next page with the rows after it, which on their own would have fitted, so that a merged
     * cell starting there shows its label whole; Word and LibreOffice keep such rows together.
     */
    public record Row(boolean header, boolean breakable, boolean keepWithNext, List<Cell> cells) {
        public Row { cells = List.copyOf(cells); }

        public Row(boolean header, boolean breakable, List<Cell> cells) { this(header, breakable, false, cells); }
    }

    /** A cell; {@code repeatLabel} asks that a row-spanning cell show its text again when a page splits it. */
    public record Cell(int colSpan, int rowSpan, VAlign valign, boolean repeatLabel, List<Paragraph> paragraphs) {
        public Cell {
            valign = valign == null ? VAlign.CENTER : valign;
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public enum VAlign { TOP, CENTER, BOTTOM }

    /**
     * The 目录: one entry per anchored paragraph up to {@code levels}; levels in {@code noPageLevels} show no
     * number. The entries themselves are filled in by the layout, once every page number is known.
     */
    public record Toc(List<String> entryStyles, List<Integer> noPageLevels, List<TocEntry> entries) implements Block {
        /** Room kept free for the page number at the end of an entry's lines, in ems of the entry font. */
        public static final float NUMBER_ROOM = 2.5f;

        public Toc { entryStyles = List.copyOf(entryStyles); noPageLevels = List.copyOf(noPageLevels); entries = List.copyOf(entries); }
        public int levels() { return entryStyles.size(); }
    }

    /** One 目录 line: its text as laid out (with the line breaks it wraps at), and its page, or null for none. */
    public record TocEntry(int level, String anchor, List<Inline> text, Integer page) {
        public TocEntry { text = List.copyOf(text); }
    }

    public record PageBreak() implements Block {}

    public sealed interface Inline permits Text, LineBreak, RightTab {}

    /**
     * Text in the style's faces. {@code script} is AUTO for text whose face every application picks alike (Latin
     * letters and digits in the Latin face, Chinese in the Chinese one); the layout marks punctuation and symbols
     * shared by both scripts (“ ” — … ≥ · ×) with the face it drew them in, which Word and LibreOffice would each
     * choose by rules of their own.
     */
    public record Text(String text, boolean bold, Script script) implements Inline {
        public Text(String text, boolean bold) { this(text, bold, Script.AUTO); }

        // Written out, as for the two records below: the layout keys its cache by lists of inlines, and a record's
        // own equals and hashCode go through a method-handle bootstrap that cost a cold render of 001 about 10 ms.
        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && bold == t.bold && script == t.script && text.equals(t.text);
        }

        @Override
        public int hashCode() { return (text.hashCode() * 31 + Boolean.hashCode(bold)) * 31 + script.hashCode(); }
    }

    public enum Script { AUTO, LATIN, CHINESE }

    /** A line break inside a paragraph. */
    public record LineBreak() implements Inline {
        @Override
        public boolean equals(Object o) { return o instanceof LineBreak; }

        @Override
        public int hashCode() { return 1; }
    }

    /** What follows is pushed flush to the right margin (as a right tab stop at the text edge). */
    public record RightTab() implements Inline {
        @Override
        public boolean equals(Object o) { return o instanceof RightTab; }

        @Override
        public int hashCode() { return 2; }
    }
}
