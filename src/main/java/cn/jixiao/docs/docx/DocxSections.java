package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.twips;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Footer;
import cn.jixiao.docs.model.Document.Page;
import cn.jixiao.docs.model.Document.Section;
import java.util.List;

/**
 * Section properties (paper, margins, page numbering) and the footers they point to.
 *
 * <p>A Word section without a footer reference inherits the previous section's footer. So an unnumbered section
 * that follows a numbered one points to an explicitly blank footer; unnumbered sections before the first
 * numbered one (cover, 目录) need no footer at all.
 */
final class DocxSections {

    static final String NUMBERED_FOOTER_REL = "rIdFooterNumbered";
    static final String BLANK_FOOTER_REL = "rIdFooterBlank";
    static final String EVEN_FOOTER_REL = "rIdFooterEven";
    static final String NUMBERED_FOOTER_PART = "footer1.xml";
    static final String BLANK_FOOTER_PART = "footer2.xml";
    static final String EVEN_FOOTER_PART = "footer3.xml";

    private static final String PAGE_PLACEHOLDER = "{page}";

    private final Document doc;
    private final DocxParagraphs paragraphs;

    DocxSections(Document doc, DocxParagraphs paragraphs) {
        this.doc = doc;
        this.paragraphs = paragraphs;
    }

    boolean hasNumberedSection() {
        return doc.sections().stream().anyMatch(Section::numbered);
    }

    /** Whether even pages place the number otherwise than odd ones (GB/T 9704: odd right, even left). */
    boolean evenAndOdd() {
        return hasNumberedSection() && doc.page().footer().odd() != doc.page().footer().even();
    }

    boolean needsBlankFooter() {
        boolean seenNumbered = false;
        for (Section s : doc.sections()) {
            if (s.numbered()) {
                seenNumbered = true;
            } else if (seenNumbered) {
                return true;
            }
        }
        return false;
    }

    /** Writes the sectPr of section {@code index}; numbering starts at 1 with the first numbered section. */
    void sectPr(WordXml x, int index) {
        List<Section> sections = doc.sections();
        Section section = sections.get(index);
        boolean numberedBefore = false;
        for (int i = 0; i < index; i++) {
            numberedBefore |= sections.get(i).numbered();
        }
        x.open("w:sectPr");
        if (section.numbered()) {
            footerReference(x, "default", NUMBERED_FOOTER_REL);
            if (evenAndOdd()) {
                footerReference(x, "even", EVEN_FOOTER_REL);
            }
        } else if (numberedBefore) {
            footerReference(x, "default", BLANK_FOOTER_REL);
            if (evenAndOdd()) {
                footerReference(x, "even", BLANK_FOOTER_REL);
            }
        }
        x.val("w:type", "nextPage");

        Page page = doc.page();
        x.open("w:pgSz").attr("w:w", twips(page.width())).attr("w:h", twips(page.height()));
        if (page.width() > page.height()) {
            x.attr("w:orient", "landscape");
        }
        x.close();
        x.open("w:pgMar").attr("w:top", twips(page.top())).attr("w:right", twips(page.right()))
                .attr("w:bottom", twips(page.bottom())).attr("w:left", twips(page.left()))
                .attr("w:header", twips(page.footer().distance())) // no headers; mirror the footer distance
                .attr("w:footer", twips(page.footer().distance())).attr("w:gutter", 0).close();
        if (section.numbered() && !numberedBefore) {
            x.open("w:pgNumType").attr("w:start", 1).close();
        }
        x.close();
    }

    /**
     * The page number footer of odd pages (and of all pages when both are placed alike), or of even pages: the
     * template's footer text with a PAGE field where {page} stands, aligned and inset as the footer asks.
     */
    byte[] numberedFooterXml(boolean even) {
        Footer footer = doc.page().footer();
        Document.Align align = even ? footer.even() : footer.odd();
        int inset = Math.round(footer.inset() * doc.style(footer.style()).size() * 20f);
        WordXml x = WordXml.part("w:ftr", WordXml.Namespace.W);
        x.open("w:p");
        DocxParagraphProperties pPr = new DocxParagraphProperties().style(paragraphs.styles().id(footer.style()))
                .jc(DocxStyles.jc(align));
        if (align == Document.Align.RIGHT) {
            pPr.indent(0, inset);
        } else if (align == Document.Align.LEFT) {
            pPr.indent(inset, 0);
        }
        pPr.write(x);
        String text = footer.text().isEmpty() ? PAGE_PLACEHOLDER : footer.text();
        int from = 0;
        for (int at = text.indexOf(PAGE_PLACEHOLDER); at >= 0; at = text.indexOf(PAGE_PLACEHOLDER, from)) {
            if (at > from) {
                DocxParagraphs.textRun(x, text.substring(from, at));
            }
            // Word and LibreOffice recompute PAGE in footers on every layout; "1" is only what a raw reader sees.
            DocxFields.add(x, "PAGE", "1");
            from = at + PAGE_PLACEHOLDER.length();
        }
        if (from < text.length()) {
            DocxParagraphs.textRun(x, text.substring(from));
        }
        return x.finish();
    }

    static byte[] blankFooterXml() {
        WordXml x = WordXml.part("w:ftr", WordXml.Namespace.W);
        DocxParagraphs.hairlineParagraph(x, null);
        return x.finish();
    }

    private static void footerReference(WordXml x, String type, String relId) {
        x.open("w:footerReference").attr("w:type", type).attr("r:id", relId).close();
    }
}
