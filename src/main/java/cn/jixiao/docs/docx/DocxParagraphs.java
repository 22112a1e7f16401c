package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Inline;
import cn.jixiao.docs.model.Document.LineBreak;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.RightTab;
import cn.jixiao.docs.model.Document.Script;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Text;
import cn.jixiao.docs.model.FontRole;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes w:p elements from model paragraphs. One instance serves one render: it numbers bookmarks, which must be
 * unique in the document and must not depend on anything but the document.
 */
final class DocxParagraphs {

    /** A 1 pt paragraph mark. */
    private static final DocxRunProperties HAIRLINE_MARK = DocxRunProperties.size(2);

    private final Document doc;
    private final DocxStyles styles;
    private final int textWidth;
    private long nextBookmarkId;

    DocxParagraphs(Document doc, DocxStyles styles) {
        this.doc = doc;
        this.styles = styles;
        this.textWidth = DocxUnits.twips(doc.page().textWidth());
    }

    int textWidth() {
        return textWidth;
    }

    DocxStyles styles() {
        return styles;
    }

    /**
     * @param breakBefore  the paragraph starts a new page
     * @param keepWithNext the paragraph is in a table row kept with the next ({@link Document.Row#keepWithNext})
     * @param sectionEnd   writes the sectPr of the section this paragraph ends; null when it ends none
     */
    void paragraph(WordXml x, Paragraph para, boolean breakBefore, boolean keepWithNext, Consumer<WordXml> sectionEnd) {
        x.open("w:p");
        DocxParagraphProperties pPr = new DocxParagraphProperties().style(styles.id(para.style()))
                .pageBreakBefore(breakBefore).sectionEnd(sectionEnd);
        if (keepWithNext) {
            pPr.keepNext(true);
        }
        if (para.inlines().stream().anyMatch(i -> i instanceof RightTab)) {
            pPr.rightTab(textWidth, null);
        }
        if (para.isTocTarget() && para.tocLevel() <= 9
                && doc.style(para.style()).outlineLevel() == 0) {
            // A TOC target in a non-heading style: the outline level lets Word's TOC update (switch u) find it again.
            pPr.outlineLevel(para.tocLevel());
        }
        pPr.write(x);
        long bookmarkId = -1;
        if (para.anchor() != null) {
            bookmarkId = nextBookmarkId++;
            x.open("w:bookmarkStart").attr("w:name", para.anchor()).attr("w:id", bookmarkId).close();
        }
        inlines(x, para.inlines(), doc.style(para.style()).font());
        if (bookmarkId >= 0) {
            x.open("w:bookmarkEnd").attr("w:id", bookmarkId).close();
        }
        x.close();
    }

    /** A paragraph without text or style, as a table cell needs at least one. */
    static void emptyParagraph(WordXml x, boolean breakBefore, boolean keepWithNext) {
        x.open("w:p");
        DocxParagraphProperties pPr = new DocxParagraphProperties().pageBreakBefore(breakBefore);
        if (keepWithNext) {
            pPr.keepNext(true);
        }
        pPr.write(x);
        x.close();
    }

    /**
     * An empty paragraph that takes (almost) no room: Word needs a paragraph after a table and to carry a section
     * break, and a full-height empty line there could push a blank page.
     *
     * @param sectionEnd as for {@link #paragraph}
     */
    static void hairlineParagraph(WordXml x, Consumer<WordXml> sectionEnd) {
        x.open("w:p");
        new DocxParagraphProperties().spacing(0, 0, Math.round(Table.TRAILING_PARAGRAPH * 20), true).mark(HAIRLINE_MARK).sectionEnd(sectionEnd).write(x);
        x.close();
    }

    /**
     * Consecutive inlines share runs where they can: fewer elements to write and to lay out. Text whose face the
     * layout chose gets a run naming that face for both scripts.
     */
    static void inlines(WordXml x, List<Inline> inlines, FontRole role) {
        boolean inRun = false;
        boolean runBold = false;
        Script runScript = Script.AUTO;
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                if (!inRun || runBold != t.bold() || runScript != t.script()) {
                    if (inRun) {
                        x.close();
                    }
                    openRun(x, t.bold(), t.script(), role);
                    inRun = true;
                    runBold = t.bold();
                    runScript = t.script();
                }
                addText(x, t.text());
            } else {
                // A break or tab in a bold run is bold too, which changes nothing visible: no new run needed.
                if (!inRun) {
                    openRun(x, false, Script.AUTO, role);
                    inRun = true;
                }
                x.empty(inline instanceof LineBreak ? "w:br" : "w:tab");
            }
        }
        if (inRun) {
            x.close();
        }
    }

    private static void openRun(WordXml x, boolean bold, Script script, FontRole role) {
        x.open("w:r");
        if (script != Script.AUTO) {
            DocxRunProperties.oneFace(script == Script.LATIN ? FontRole.LATIN_WORD_NAME : role.wordName, bold).write(x);
        } else if (bold) {
            DocxRunProperties.BOLD.write(x);
        }
    }

    static void textRun(WordXml x, String text) {
        x.open("w:r");
        addText(x, text);
        x.close();
    }

    /**
     * Adds text to the open run. Newlines and tabs that slipped into model text become w:br and w:tab (inside w:t
     * Word would show them as spaces); characters XML 1.0 cannot carry (control characters, lone surrogates) are
     * dropped, since one of them would make the whole file unreadable.
     */
    static void addText(WordXml x, String text) {
        int start = 0;
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean special = cp == '\n' || cp == '\t' || cp == '\r' || !WordXml.isXmlChar(cp);
            if (special) {
                if (clean == null) {
                    clean = new StringBuilder(text.length());
                }
                clean.append(text, start, i);
                if (cp == '\n' || cp == '\t') {
                    flushText(x, clean);
                    x.empty(cp == '\n' ? "w:br" : "w:tab");
                }
                start = i + len;
            }
            i += len;
        }
        if (clean == null) {
            preservedText(x, "w:t", text);
        } else {
            clean.append(text, start, text.length());
            flushText(x, clean);
        }
    }

    private static void flushText(WordXml x, StringBuilder pending) {
        if (pending.length() > 0) {
            preservedText(x, "w:t", pending.toString());
            pending.setLength(0);
        }
    }

    /** Without xml:space Word drops leading/trailing spaces, e.g. the padding in "（单位：万元）  ". */
    static void preservedText(WordXml x, String element, String value) {
        x.open(element).attr("xml:space", "preserve").text(value).close();
    }

    /**
     * Strips what XML 1.0 cannot carry, for text that is not run content (properties, style names). A string that
     * holds such a character loses its tabs and line ends as well; that is what the writer has always produced,
     * and it is kept so that no existing document changes.
     */
    static String xmlSafe(String s) {
        if (s == null
                || s.codePoints().allMatch(cp -> cp == '\t' || cp == '\n' || cp == '\r' || WordXml.isXmlChar(cp))) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(WordXml::isXmlChar).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
