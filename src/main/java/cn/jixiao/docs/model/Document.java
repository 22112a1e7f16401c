package cn.jixiao.docs.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one document model every writer consumes, in the spirit of Pandoc's AST: the template decides
 * wording and layout, and this is all a writer ever sees. Lengths are in points.
 */
public record Document(Meta meta, Page page, Map<String, Style> styles, List<Section> sections) {

    public Document {
        styles = Map.copyOf(styles);
        sections = List.copyOf(sections);
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

    /**
     * Paper and margins. The footer text holds {@code {page}} where the page number goes; it is printed, in
     * {@code footerStyle}, only on sections that are numbered.
     */
    public record Page(float width, float height, float top, float bottom, float left, float right,
                       float footerDistance, String footer, String footerStyle) {
        public float textWidth() { return width - left - right; }
        public float textHeight() { return height - top - bottom; }
    }

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /**
     * A named paragraph style. {@code font} is a role (宋体, 仿宋, 黑体, 楷体, 小标宋) that each writer maps to a
     * real font. {@code lineHeight} is an exact line pitch; {@code indent} a first-line indent in characters.
     * {@code outlineLevel} 1..9 makes it a heading that navigation panes, outlines and the 目录 know about.
     */
    public record Style(String name, String font, float size, boolean bold, Align align, float indent,
                        float lineHeight, float spaceBefore, float spaceAfter, int outlineLevel,
                        boolean keepWithNext) {}

    /** A page sequence: starts on a new page; numbered sections count pages from 1 across the document. */
    public record Section(boolean numbered, List<Block> blocks) {
        public Section { blocks = List.copyOf(blocks); }
    }

    public sealed interface Block permits Paragraph, Table, Toc, PageBreak {}

    /**
     * A paragraph. When {@code anchor} is set it is a 目录 target: {@code tocLevel} (1-based) says which entry
     * level lists it, and its text (line breaks read as spaces) is the entry.
     */
    public record Paragraph(String style, List<Inline> inlines, String anchor, int tocLevel) implements Block {
        public Paragraph { inlines = List.copyOf(inlines); }

        public String plainText() {
            StringBuilder sb = new StringBuilder();
            for (Inline i : inlines) {
                sb.append(i instanceof Text t ? t.text() : " ");
            }
            return sb.toString();
        }
    }

    /**
     * A table. {@code widths} are relative column widths; header rows, which must come first (as in Word), repeat
     * at the top of every page the table continues on. Cells span like HTML: a spanned-over position has no cell
     * of its own. Rows are kept whole on a page unless a row is taller than a page. Consecutive tables are drawn
     * joined, as one.
     */
    public record Table(List<Float> widths, List<Row> rows) implements Block {
        /** Cell padding, the same in every writer so that rows come out equally tall in DOCX and PDF. */
        public static final float PADDING_X = 4f;
        public static final float PADDING_Y = 2f;
        /** Border line width. */
        public static final float BORDER = 0.5f;

        public Table { widths = List.copyOf(widths); rows = List.copyOf(rows); }
    }

    public record Row(boolean header, List<Cell> cells) {
        public Row { cells = List.copyOf(cells); }
    }

    /** A cell; {@code repeatLabel} asks that a row-spanning cell show its text again when a page splits it. */
    public record Cell(int colSpan, int rowSpan, VAlign valign, boolean repeatLabel, List<Paragraph> paragraphs) {
        public Cell { paragraphs = List.copyOf(paragraphs); }
    }

    public enum VAlign { TOP, CENTER, BOTTOM }

    /** The 目录: one entry per anchored paragraph up to {@code levels}; levels in {@code noPageLevels} show no number. */
    public record Toc(List<String> entryStyles, List<Integer> noPageLevels) implements Block {
        public Toc { entryStyles = List.copyOf(entryStyles); noPageLevels = List.copyOf(noPageLevels); }
        public int levels() { return entryStyles.size(); }
    }

    public record PageBreak() implements Block {}

    public sealed interface Inline permits Text, LineBreak, RightTab {}

    public record Text(String text, boolean bold) implements Inline {}

    /** A line break inside a paragraph. */
    public record LineBreak() implements Inline {}

    /** What follows is pushed flush to the right margin (as a right tab stop at the text edge). */
    public record RightTab() implements Inline {}
}
