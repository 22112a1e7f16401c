package cn.jixiao.docs.docx;

import java.util.function.Consumer;

/**
 * A w:pPr, for body paragraphs and styles alike: callers set what a paragraph needs, and {@link #write} puts it
 * in the order the schema prescribes (Word refuses a file whose properties are out of order). Nothing set, nothing
 * written. One instance per paragraph and thread.
 */
final class DocxParagraphProperties {

    private String style;
    private Boolean keepNext;
    private boolean keepLines;
    private boolean pageBreakBefore;
    private Boolean widowControl;
    private int rightTabPosition = -1;
    private String rightTabLeader;
    private boolean cjkLayout;
    private boolean spacing;
    private int spaceBefore;
    private int spaceAfter;
    private int line;
    private boolean exactLine;
    private int leftIndent = -1;
    private int rightIndent = -1;
    private boolean firstLineIndent;
    private boolean hanging;
    private long indentChars;
    private long indentTwips;
    private String jc;
    private int outlineLevel;
    private DocxRunProperties mark;
    private Consumer<WordXml> sectionEnd;
    private boolean opened;

    DocxParagraphProperties style(String styleId) {
        this.style = styleId;
        return this;
    }

    DocxParagraphProperties keepNext(boolean on) {
        this.keepNext = on;
        return this;
    }

    /** The paragraph's lines stay on one page. */
    DocxParagraphProperties keepLines() {
        this.keepLines = true;
        return this;
    }

    DocxParagraphProperties pageBreakBefore(boolean on) {
        this.pageBreakBefore = on;
        return this;
    }

    DocxParagraphProperties widowControl(boolean on) {
        this.widowControl = on;
        return this;
    }

    /** The paragraph's one tab stop: right-aligned at {@code position} twips, with a leader ("dot") or none (null). */
    DocxParagraphProperties rightTab(int position, String leader) {
        this.rightTabPosition = position;
        this.rightTabLeader = leader;
        return this;
    }

    /**
     * Lines break as the PDF's. No punctuation hangs past the margin: LibreOffice, which hangs 、，。；：？！ by
     * default, drops a mark it hangs on a page's last line or in a table cell, so the PDF keeps every mark inside;
     * w:overflowPunct is set on to say so, because LibreOffice reads that attribute inverted (on stops hanging,
     * checked on 7.4; Word, for which on allows hanging, is its default anyway). The space between Chinese and
     * Latin letters or digits is on, as in Word's default, the reference documents and the PDF (LibreOffice
     * ignores autoSpaceDE/DN). Every style carries them: LibreOffice does not read them from the defaults.
     */
    DocxParagraphProperties cjkLayout() {
        this.cjkLayout = true;
        return this;
    }

    /** Space before and after in twips; {@code line} in twips when exact, else in 240ths of a line. */
    DocxParagraphProperties spacing(int before, int after, int line, boolean exact) {
        this.spacing = true;
        this.spaceBefore = before;
        this.spaceAfter = after;
        this.line = line;
        this.exactLine = exact;
        return this;
    }

    /** A first-line indent, or a hanging one, in hundredths of a character and in twips. */
    DocxParagraphProperties firstLine(boolean hanging, long chars, long twips) {
        this.firstLineIndent = true;
        this.hanging = hanging;
        this.indentChars = chars;
        this.indentTwips = twips;
        return this;
    }

    DocxParagraphProperties rightIndent(int twips) {
        this.rightIndent = twips;
        return this;
    }

    DocxParagraphProperties indent(int left, int right) {
        this.leftIndent = left;
        this.rightIndent = right;
        return this;
    }

    /** left, center, right or both (justified). */
    DocxParagraphProperties jc(String value) {
        this.jc = value;
        return this;
    }

    /** The model's outline level, 1-based (WordprocessingML counts from 0); 0 for none. */
    DocxParagraphProperties outlineLevel(int modelLevel) {
        this.outlineLevel = modelLevel;
        return this;
    }

    /** Run properties of the paragraph mark itself. */
    DocxParagraphProperties mark(DocxRunProperties properties) {
        this.mark = properties;
        return this;
    }

    /** Ends a section at this paragraph: {@code sectPr} writes the section's properties (null: no section end). */
    DocxParagraphProperties sectionEnd(Consumer<WordXml> sectPr) {
        this.sectionEnd = sectPr;
        return this;
    }

    void write(WordXml x) {
        if (style != null) {
            open(x).val("w:pStyle", style);
        }
        if (keepNext != null) {
            open(x).toggle("w:keepNext", keepNext);
        }
        if (keepLines) {
            open(x).empty("w:keepLines");
        }
        if (pageBreakBefore) {
            open(x).empty("w:pageBreakBefore");
        }
        if (widowControl != null) {
            open(x).toggle("w:widowControl", widowControl);
        }
        if (rightTabPosition >= 0) {
            open(x).open("w:tabs").open("w:tab").attr("w:val", "right");
            if (rightTabLeader != null) {
                x.attr("w:leader", rightTabLeader);
            }
            x.attr("w:pos", rightTabPosition).close().close();
        }
        if (cjkLayout) {
            open(x).toggle("w:overflowPunct", true).toggle("w:autoSpaceDE", true).toggle("w:autoSpaceDN", true);
        }
        if (spacing) {
            open(x).open("w:spacing").attr("w:before", spaceBefore).attr("w:after", spaceAfter)
                    .attr("w:line", line).attr("w:lineRule", exactLine ? "exact" : "auto").close();
        }
        if (leftIndent >= 0 || rightIndent >= 0 || firstLineIndent) {
            open(x).open("w:ind");
            if (leftIndent >= 0) {
                x.attr("w:left", leftIndent);
            }
            if (rightIndent >= 0) {
                x.attr("w:right", rightIndent);
            }
            if (firstLineIndent) {
                x.attr(hanging ? "w:hanging" : "w:firstLine", indentTwips)
                        .attr(hanging ? "w:hangingChars" : "w:firstLineChars", indentChars);
            }
            x.close();
        }
        if (jc != null) {
            open(x).val("w:jc", jc);
        }
        if (outlineLevel >= 1) {
            open(x).val("w:outlineLvl", outlineLevel - 1);
        }
        if (mark != null) {
            mark.write(open(x));
        }
        if (sectionEnd != null) {
            sectionEnd.accept(open(x));
        }
        if (opened) {
            x.close();
            opened = false;
        }
    }

    /** Opens w:pPr at the first property written, so that a paragraph without properties gets none. */
    private WordXml open(WordXml x) {
        if (!opened) {
            x.open("w:pPr");
            opened = true;
        }
        return x;
    }
}
