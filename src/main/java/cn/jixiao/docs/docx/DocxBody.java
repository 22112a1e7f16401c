package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.PageBreak;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Toc;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Lays the model's sections and blocks out as the w:body of word/document.xml.
 *
 * <p>A section's properties travel on its last paragraph (the final section's on the body), which is how Word
 * marks where one section ends. A PageBreak becomes "page break before" on what follows it rather than a
 * paragraph holding a break, which would leave an empty line (or an empty page) of its own.
 */
final class DocxBody {

    private final Document doc;
    private final DocxParagraphs paragraphs;
    private final DocxTables tables;
    private final DocxToc toc;
    private final DocxSections sections;

    DocxBody(Document doc, DocxParagraphs paragraphs, DocxTables tables, DocxToc toc, DocxSections sections) {
        this.doc = doc;
        this.paragraphs = paragraphs;
        this.tables = tables;
        this.toc = toc;
        this.sections = sections;
    }

    org.docx4j.wml.Document build() {
        Body body = new Body();
        List<Object> content = body.getContent();
        List<Section> modelSections = doc.sections();
        for (int i = 0; i < modelSections.size(); i++) {
            List<Object> sectionContent = section(modelSections.get(i));
            boolean last = i == modelSections.size() - 1;
            Object lastElement = sectionContent.isEmpty() ? null : sectionContent.get(sectionContent.size() - 1);
            if (!(lastElement instanceof P)) {
                // Word needs a paragraph after a table, and a non-final section needs one to carry its sectPr.
                sectionContent.add(DocxParagraphs.hairlineParagraph());
            }
            if (last) {
                body.setSectPr(sections.sectPr(i));
            } else {
                P carrier = (P) sectionContent.get(sectionContent.size() - 1);
                if (carrier.getPPr() == null) {
                    carrier.setPPr(new PPr());
                }
                carrier.getPPr().setSectPr(sections.sectPr(i));
            }
            content.addAll(sectionContent);
        }
        org.docx4j.wml.Document document = new org.docx4j.wml.Document();
        document.setBody(body);
        return document;
    }

    private List<Object> section(Section section) {
        List<Object> out = new ArrayList<>();
        boolean breakPending = false;
        for (Block block : section.blocks()) {
            if (block instanceof PageBreak) {
                // A section starts on a new page anyway; a break before any content or at the end adds nothing.
                breakPending = !out.isEmpty();
                continue;
            }
            int first = out.size();
            if (block instanceof Paragraph p) {
                out.add(paragraphs.paragraph(p));
            } else if (block instanceof Table t) {
                out.add(tables.table(t));
            } else if (block instanceof Toc t) {
                out.addAll(toc.toc(t));
            }
            if (breakPending && out.size() > first) {
                breakBefore(out.get(first));
                breakPending = false;
            }
        }
        return out;
    }

    /** For a table, the break goes on its first cell's first paragraph: Word and LibreOffice move the table. */
    private static void breakBefore(Object element) {
        P p = null;
        if (element instanceof P para) {
            p = para;
        } else if (element instanceof Tbl tbl && !tbl.getContent().isEmpty()
                && tbl.getContent().get(0) instanceof Tr tr && !tr.getContent().isEmpty()
                && tr.getContent().get(0) instanceof Tc tc && !tc.getContent().isEmpty()
                && tc.getContent().get(0) instanceof P para) {
            p = para;
        }
        if (p == null) {
            return;
        }
        if (p.getPPr() == null) {
            p.setPPr(new PPr());
        }
        p.getPPr().setPageBreakBefore(new BooleanDefaultTrue());
    }
}
