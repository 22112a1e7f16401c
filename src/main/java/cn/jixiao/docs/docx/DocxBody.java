package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.PageBreak;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Toc;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the model's sections and blocks as word/document.xml.
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

    byte[] xml() {
        WordXml x = WordXml.part("w:document", WordXml.Namespace.W, WordXml.Namespace.R);
        x.open("w:body");
        List<Section> modelSections = doc.sections();
        for (int i = 0; i < modelSections.size(); i++) {
            int index = i;
            boolean last = i == modelSections.size() - 1;
            section(x, modelSections.get(i).blocks(), last ? null : w -> sections.sectPr(w, index));
            if (last) {
                sections.sectPr(x, i);
            }
        }
        return x.finish();
    }

    /** @param sectionEnd writes the section's sectPr onto its last paragraph; null for the final section */
    private void section(WordXml x, List<Block> blocks, Consumer<WordXml> sectionEnd) {
        int lastContent = blocks.size() - 1;
        while (lastContent >= 0 && blocks.get(lastContent) instanceof PageBreak) {
            lastContent--;
        }
        // Word needs a paragraph after a table, and a non-final section needs one to carry its sectPr.
        boolean endsInParagraph = lastContent >= 0 && !(blocks.get(lastContent) instanceof Table);
        boolean written = false;
        boolean breakPending = false;
        for (int b = 0; b <= lastContent; b++) {
            Block block = blocks.get(b);
            if (block instanceof PageBreak) {
                // A section starts on a new page anyway; a break before any content or at the end adds nothing.
                breakPending = written;
                continue;
            }
            Consumer<WordXml> end = b == lastContent ? sectionEnd : null;
            if (block instanceof Paragraph p) {
                paragraphs.paragraph(x, p, breakPending, false, end);
            } else if (block instanceof Table t) {
                // For a table, the break goes on its first cell's first paragraph: Word and LibreOffice move the table.
                tables.table(x, t, breakPending);
            } else if (block instanceof Toc t) {
                toc.toc(x, t, breakPending, end);
            }
            written = true;
            breakPending = false;
        }
        if (!endsInParagraph) {
            DocxParagraphs.hairlineParagraph(x, sectionEnd);
        }
    }
}
