package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Document} as a .docx file, streaming WordprocessingML straight from the model.
 *
 * <p>The same document always gives the same bytes, in any JVM. Instances hold no state and cost nothing to
 * make, so one writer can serve any number of threads at once.
 */
public final class DocxWriter {

    /**
     * @param pageOfAnchor body page number of each anchored paragraph, as laid out for the PDF; the TOC prints
     *                     them (a missing anchor prints "?")
     * @param out          receives the .docx; it is flushed but not closed
     */
    public void write(Document doc, Map<String, Integer> pageOfAnchor, OutputStream out) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        Map<String, Integer> pages = pageOfAnchor == null ? Map.of() : pageOfAnchor;

        DocxStyles styles = DocxStyles.of(doc);
        DocxParagraphs paragraphs = new DocxParagraphs(doc, styles);
        DocxSections sections = new DocxSections(doc, paragraphs);
        // Written before the zip starts: a model error (a row with too many cells) then leaves `out` untouched.
        byte[] document = new DocxBody(doc, paragraphs, new DocxTables(paragraphs),
                new DocxToc(doc, paragraphs, pages), sections).xml();
        boolean numbered = sections.hasNumberedSection();
        boolean blank = sections.needsBlankFooter();

        DeterministicZip zip = new DeterministicZip(out, doc.meta() == null ? null : doc.meta().created());
        zip.add("[Content_Types].xml", DocxPackageParts.contentTypesXml(numbered, blank));
        zip.add("_rels/.rels", DocxPackageParts.packageRelationshipsXml());
        zip.add("docProps/core.xml", DocxPackageParts.coreXml(doc.meta()));
        zip.add("docProps/app.xml", DocxPackageParts.appXml());
        zip.add(DocxPackageParts.DOCUMENT, document);
        zip.add("word/_rels/document.xml.rels", DocxPackageParts.documentRelationshipsXml(numbered, blank));
        zip.add("word/" + DocxPackageParts.STYLES, styles.xml());
        zip.add("word/" + DocxPackageParts.SETTINGS, DocxPackageParts.settingsXml());
        zip.add("word/" + DocxPackageParts.FONT_TABLE, DocxPackageParts.fontTableXml());
        if (numbered) {
            zip.add("word/" + DocxSections.NUMBERED_FOOTER_PART, sections.numberedFooterXml());
        }
        if (blank) {
            zip.add("word/" + DocxSections.BLANK_FOOTER_PART, DocxSections.blankFooterXml());
        }
        zip.finish();
    }
}
