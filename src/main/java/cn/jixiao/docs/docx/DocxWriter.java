package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Document} as a .docx file (WordprocessingML built with docx4j's JAXB classes).
 *
 * <p>The same document always gives the same bytes. Instances hold no state, so one writer can serve any number
 * of threads at once. The first instance in a JVM pays for docx4j's JAXB initialisation (about a second);
 * construct one at startup to keep that off the first request.
 */
public final class DocxWriter {

    public DocxWriter() {
        // Touch the constant parts now: their marshalling builds docx4j's JAXB contexts.
        DocxPackageParts.settingsXml();
    }

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
        DocxBody body = new DocxBody(doc, paragraphs, new DocxTables(paragraphs),
                new DocxToc(doc, paragraphs, pages), sections);
        org.docx4j.wml.Document document = body.build();
        boolean numbered = sections.hasNumberedSection();
        boolean blank = sections.needsBlankFooter();

        DeterministicZip zip = new DeterministicZip(out, doc.meta() == null ? null : doc.meta().created());
        zip.add("[Content_Types].xml", DocxPackageParts.contentTypesXml(numbered, blank));
        zip.add("_rels/.rels", DocxPackageParts.packageRelationshipsXml());
        zip.add("docProps/core.xml", o -> DocxXml.write(DocxXml.Kind.CORE_PROPERTIES,
                DocxPackageParts.coreProperties(doc.meta()), o));
        zip.add("docProps/app.xml", o -> DocxXml.write(DocxXml.Kind.EXTENDED_PROPERTIES,
                DocxPackageParts.appProperties(), o));
        zip.add(DocxPackageParts.DOCUMENT, o -> DocxXml.write(DocxXml.Kind.WORDML, document, o));
        zip.add("word/_rels/document.xml.rels", DocxPackageParts.documentRelationshipsXml(numbered, blank));
        zip.add("word/" + DocxPackageParts.STYLES, o -> DocxXml.write(DocxXml.Kind.WORDML, styles.build(), o));
        zip.add("word/" + DocxPackageParts.SETTINGS, DocxPackageParts.settingsXml());
        zip.add("word/" + DocxPackageParts.FONT_TABLE, DocxPackageParts.fontTableXml());
        if (numbered) {
            zip.add("word/" + DocxSections.NUMBERED_FOOTER_PART,
                    o -> DocxXml.write(DocxXml.Kind.WORDML, sections.numberedFooter(), o));
        }
        if (blank) {
            zip.add("word/" + DocxSections.BLANK_FOOTER_PART,
                    o -> DocxXml.write(DocxXml.Kind.WORDML, DocxSections.blankFooter(), o));
        }
        zip.finish();
    }
}
