package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.big;
import static cn.jixiao.docs.docx.DocxUnits.twipsBig;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Page;
import cn.jixiao.docs.model.Document.Section;
import java.util.List;
import org.docx4j.wml.CTPageNumber;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.P;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;

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
    static final String NUMBERED_FOOTER_PART = "footer1.xml";
    static final String BLANK_FOOTER_PART = "footer2.xml";

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

    /** The sectPr of section {@code index}; numbering starts at 1 with the first numbered section. */
    SectPr sectPr(int index) {
        List<Section> sections = doc.sections();
        Section section = sections.get(index);
        boolean numberedBefore = false;
        for (int i = 0; i < index; i++) {
            numberedBefore |= sections.get(i).numbered();
        }
        SectPr sectPr = new SectPr();
        if (section.numbered()) {
            sectPr.getEGHdrFtrReferences().add(footerReference(NUMBERED_FOOTER_REL));
        } else if (numberedBefore) {
            sectPr.getEGHdrFtrReferences().add(footerReference(BLANK_FOOTER_REL));
        }
        SectPr.Type type = new SectPr.Type();
        type.setVal("nextPage");
        sectPr.setType(type);

        Page page = doc.page();
        SectPr.PgSz size = new SectPr.PgSz();
        size.setW(twipsBig(page.width()));
        size.setH(twipsBig(page.height()));
        if (page.width() > page.height()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        sectPr.setPgSz(size);
        SectPr.PgMar margins = new SectPr.PgMar();
        margins.setTop(twipsBig(page.top()));
        margins.setBottom(twipsBig(page.bottom()));
        margins.setLeft(twipsBig(page.left()));
        margins.setRight(twipsBig(page.right()));
        margins.setFooter(twipsBig(page.footer().distance()));
        margins.setHeader(twipsBig(page.footer().distance())); // no headers; mirror the footer distance
        margins.setGutter(big(0));
        sectPr.setPgMar(margins);
        if (section.numbered() && !numberedBefore) {
            CTPageNumber numbering = new CTPageNumber();
            numbering.setStart(big(1));
            sectPr.setPgNumType(numbering);
        }
        return sectPr;
    }

    /** The page number footer: the template's footer text with a PAGE field where {page} stands. */
    Ftr numberedFooter() {
        Page page = doc.page();
        P p = new P();
        p.setPPr(DocxParagraphs.paragraphProperties(paragraphs.styles().id(page.footer().style())));
        String text = page.footer().text().isEmpty() ? PAGE_PLACEHOLDER : page.footer().text();
        List<Object> content = p.getContent();
        int from = 0;
        for (int at = text.indexOf(PAGE_PLACEHOLDER); at >= 0; at = text.indexOf(PAGE_PLACEHOLDER, from)) {
            if (at > from) {
                content.add(DocxParagraphs.textRun(text.substring(from, at)));
            }
            // Word and LibreOffice recompute PAGE in footers on every layout; "1" is only what a raw reader sees.
            DocxFields.add(content, "PAGE", "1");
            from = at + PAGE_PLACEHOLDER.length();
        }
        if (from < text.length()) {
            content.add(DocxParagraphs.textRun(text.substring(from)));
        }
        Ftr ftr = new Ftr();
        ftr.getContent().add(p);
        return ftr;
    }

    static Ftr blankFooter() {
        Ftr ftr = new Ftr();
        ftr.getContent().add(DocxParagraphs.hairlineParagraph());
        return ftr;
    }

    private static FooterReference footerReference(String relId) {
        FooterReference ref = new FooterReference();
        ref.setType(HdrFtrRef.DEFAULT);
        ref.setId(relId);
        return ref;
    }
}
