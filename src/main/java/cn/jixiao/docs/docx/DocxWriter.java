package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.DocumentWriter;
import cn.jixiao.docs.page.LaidOutDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a laid-out {@link Document} as a .docx file, streaming WordprocessingML straight from the model: the
 * document the layout filled in, whose tables carry the column widths and whose 目录 the entries and page numbers
 * the PDF shows. The pages themselves are Word's (or LibreOffice's) to break, at the same places.
 *
 * <p>The same document always gives the same bytes, in any JVM. Instances hold no state and cost nothing to
 * make, so one writer can serve any number of threads at once.
 */
public final class DocxWriter implements DocumentWriter {

    @Override
    public void write(LaidOutDocument layout, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Document doc = layout.document();

        DocxStyles styles = DocxStyles.of(doc);
        DocxParagraphs paragraphs = new DocxParagraphs(doc, styles);
        DocxSections sections = new DocxSections(doc, paragraphs);
        // Written before the zip starts: a model error (a row with too many cells) then leaves `out` untouched.
        byte[] document = new DocxBody(doc, paragraphs, new DocxTables(paragraphs), new DocxToc(paragraphs),
                sections).xml();
        boolean numbered = sections.hasNumberedSection();
        boolean blank = sections.needsBlankFooter();
        boolean even = sections.evenAndOdd();

        DeterministicZip zip = new DeterministicZip(out, doc.meta() == null ? null : doc.meta().created());
        zip.add("[Content_Types].xml", DocxPackageParts.contentTypesXml(numbered, blank, even));
        zip.add("_rels/.rels", DocxPackageParts.packageRelationshipsXml());
        zip.add("docProps/core.xml", DocxPackageParts.coreXml(doc.meta()));
        zip.add("docProps/app.xml", DocxPackageParts.appXml());
        zip.add(DocxPackageParts.DOCUMENT, document);
        zip.add("word/_rels/document.xml.rels", DocxPackageParts.documentRelationshipsXml(numbered, blank, even));
        zip.add("word/" + DocxPackageParts.STYLES, styles.xml());
        zip.add("word/" + DocxPackageParts.SETTINGS, DocxPackageParts.settingsXml(even));
        zip.add("word/" + DocxPackageParts.FONT_TABLE, DocxPackageParts.fontTableXml());
        if (numbered) {
            zip.add("word/" + DocxSections.NUMBERED_FOOTER_PART, sections.numberedFooterXml(false));
        }
        if (blank) {
            zip.add("word/" + DocxSections.BLANK_FOOTER_PART, DocxSections.blankFooterXml());
        }
        if (even) {
            zip.add("word/" + DocxSections.EVEN_FOOTER_PART, sections.numberedFooterXml(true));
        }
        zip.finish();
    }
}
