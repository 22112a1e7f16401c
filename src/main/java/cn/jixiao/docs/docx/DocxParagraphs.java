package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.big;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Inline;
import cn.jixiao.docs.model.Document.LineBreak;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.RightTab;
import cn.jixiao.docs.model.Document.Text;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.STTabTlc;
import org.docx4j.wml.Tabs;

/**
 * Builds w:p elements from model paragraphs. One instance serves one render: it numbers bookmarks, which must be
 * unique in the document and must not depend on anything but the document.
 */
final class DocxParagraphs {

    static final ObjectFactory WML = new ObjectFactory();

    private final Document doc;
    private final DocxStyles styles;
    private final BigInteger textWidth;
    private long nextBookmarkId;

    DocxParagraphs(Document doc, DocxStyles styles) {
        this.doc = doc;
        this.styles = styles;
        this.textWidth = DocxUnits.twipsBig(doc.page().textWidth());
    }

    BigInteger textWidth() {
        return textWidth;
    }

    DocxStyles styles() {
        return styles;
    }

    P paragraph(Paragraph para) {
        P p = new P();
        PPr pPr = paragraphProperties(styles.id(para.style()));
        p.setPPr(pPr);
        if (para.inlines().stream().anyMatch(i -> i instanceof RightTab)) {
            pPr.setTabs(tabs(rightTab(textWidth, STTabTlc.NONE)));
        }
        if (para.anchor() != null && para.tocLevel() >= 1 && para.tocLevel() <= 9
                && doc.style(para.style()).outlineLevel() == 0) {
            // A TOC target in a non-heading style: the outline level lets Word's TOC update (switch u) find it again.
            pPr.setOutlineLvl(DocxStyles.outlineLevel(para.tocLevel()));
        }
        List<Object> content = p.getContent();
        BigInteger bookmarkId = null;
        if (para.anchor() != null) {
            bookmarkId = big(nextBookmarkId++);
            CTBookmark start = new CTBookmark();
            start.setId(bookmarkId);
            start.setName(para.anchor());
            content.add(WML.createPBookmarkStart(start));
        }
        addInlines(content, para.inlines());
        if (bookmarkId != null) {
            CTMarkupRange end = new CTMarkupRange();
            end.setId(bookmarkId);
            content.add(WML.createPBookmarkEnd(end));
        }
        return p;
    }

    /** Consecutive inlines share runs where they can: fewer elements to build, marshal and lay out. */
    private static void addInlines(List<Object> content, List<Inline> inlines) {
        R run = null;
        boolean runBold = false;
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                if (run == null || runBold != t.bold()) {
                    run = run(t.bold());
                    runBold = t.bold();
                    content.add(run);
                }
                addText(run.getContent(), t.text());
            } else {
                // A break or tab in a bold run is bold too, which changes nothing visible: no new run needed.
                if (run == null) {
                    run = run(false);
                    content.add(run);
                }
                if (inline instanceof LineBreak) {
                    run.getContent().add(new Br());
                } else if (inline instanceof RightTab) {
                    run.getContent().add(WML.createRTab(new R.Tab()));
                }
            }
        }
    }

    static R run(boolean bold) {
        R r = new R();
        if (bold) {
            RPr rPr = new RPr();
            rPr.setB(new BooleanDefaultTrue());
            rPr.setBCs(new BooleanDefaultTrue());
            r.setRPr(rPr);
        }
        return r;
    }

    static R textRun(String text) {
        R r = new R();
        addText(r.getContent(), text);
        return r;
    }

    /**
     * Adds text to a run. Newlines and tabs that slipped into model text become w:br and w:tab (inside w:t Word
     * would show them as spaces); characters XML 1.0 cannot carry (control characters, lone surrogates) are
     * dropped, since one of them would make the whole file unreadable.
     */
    static void addText(List<Object> runContent, String text) {
        int start = 0;
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean special = cp == '\n' || cp == '\t' || cp == '\r' || !isXmlChar(cp);
            if (special) {
                if (clean == null) {
                    clean = new StringBuilder(text.length());
                }
                clean.append(text, start, i);
                if (cp == '\n' || cp == '\t') {
                    flushText(runContent, clean);
                    runContent.add(cp == '\n' ? new Br() : WML.createRTab(new R.Tab()));
                }
                start = i + len;
            }
            i += len;
        }
        if (clean == null) {
            runContent.add(WML.createRT(text(text)));
        } else {
            clean.append(text, start, text.length());
            flushText(runContent, clean);
        }
    }

    private static void flushText(List<Object> runContent, StringBuilder pending) {
        if (pending.length() > 0) {
            runContent.add(WML.createRT(text(pending.toString())));
            pending.setLength(0);
        }
    }

    /** Strips what XML 1.0 cannot carry, for text that is not run content (properties, style names). */
    static String xmlSafe(String s) {
        if (s == null || s.codePoints().allMatch(cp -> cp == '\t' || cp == '\n' || cp == '\r' || isXmlChar(cp))) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(DocxParagraphs::isXmlChar).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean isXmlChar(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    static org.docx4j.wml.Text text(String value) {
        org.docx4j.wml.Text t = new org.docx4j.wml.Text();
        t.setValue(value);
        // Without it Word drops leading/trailing spaces, e.g. the padding in "（单位：万元）  ".
        t.setSpace("preserve");
        return t;
    }

    static PPr paragraphProperties(String styleId) {
        PPr pPr = new PPr();
        PPrBase.PStyle ps = new PPrBase.PStyle();
        ps.setVal(styleId);
        pPr.setPStyle(ps);
        return pPr;
    }

    static CTTabStop rightTab(BigInteger position, STTabTlc leader) {
        CTTabStop tab = new CTTabStop();
        tab.setVal(STTabJc.RIGHT);
        if (leader != STTabTlc.NONE) {
            tab.setLeader(leader);
        }
        tab.setPos(position);
        return tab;
    }

    static Tabs tabs(CTTabStop stop) {
        Tabs tabs = new Tabs();
        tabs.getTab().add(stop);
        return tabs;
    }

    /**
     * An empty paragraph that takes (almost) no room: Word needs a paragraph after a table and to carry a
     * section break, and a full-height empty line there could push a blank page.
     */
    static P hairlineParagraph() {
        P p = new P();
        PPr pPr = new PPr();
        PPrBase.Spacing sp = new PPrBase.Spacing();
        sp.setBefore(big(0));
        sp.setAfter(big(0));
        sp.setLine(big(20));
        sp.setLineRule(STLineSpacingRule.EXACT);
        pPr.setSpacing(sp);
        ParaRPr mark = new ParaRPr();
        HpsMeasure sz = new HpsMeasure();
        sz.setVal(big(2));
        mark.setSz(sz);
        mark.setSzCs(sz);
        pPr.setRPr(mark);
        p.setPPr(pPr);
        return p;
    }
}
