package cn.jixiao.docs.docx;

import cn.jixiao.docs.docx.WordXml.Namespace;
import cn.jixiao.docs.model.Document.Meta;
import cn.jixiao.docs.model.FontRole;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The parts around word/document.xml: package plumbing ([Content_Types].xml, relationships), document
 * properties, settings and the font table.
 */
final class DocxPackageParts {

    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "styles.xml";
    static final String SETTINGS = "settings.xml";
    static final String FONT_TABLE = "fontTable.xml";

    /**
     * Word 2010 layout rules (Word shows "compatibility mode"). The 目录 keeps entry text out of the page number
     * column with a right indent and puts the number at a tab stop beyond it (see DocxStyles). Word honours that
     * in every mode, but LibreOffice (7.4) drops the page numbers entirely in mode 15 and keeps them in mode 14.
     * The only other visible difference, where tables sit, is compensated in DocxTables.
     */
    static final int WORD_COMPATIBILITY_MODE = 14;

    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.";
    private static final String WORDML_TYPE = CONTENT_TYPE + "wordprocessingml.";
    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private DocxPackageParts() {}

    /** A blank footer only exists to follow a numbered one (see DocxSections). */
    static byte[] contentTypesXml(boolean numberedFooter, boolean blankFooter, boolean evenFooter) {
        WordXml x = WordXml.part("Types", Namespace.CONTENT_TYPES);
        defaultType(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        defaultType(x, "xml", "application/xml");
        override(x, "/" + DOCUMENT, WORDML_TYPE + "document.main+xml");
        override(x, "/word/" + STYLES, WORDML_TYPE + "styles+xml");
        override(x, "/word/" + SETTINGS, WORDML_TYPE + "settings+xml");
        override(x, "/word/" + FONT_TABLE, WORDML_TYPE + "fontTable+xml");
        if (numberedFooter) {
            override(x, "/word/" + DocxSections.NUMBERED_FOOTER_PART, WORDML_TYPE + "footer+xml");
        }
        if (blankFooter) {
            override(x, "/word/" + DocxSections.BLANK_FOOTER_PART, WORDML_TYPE + "footer+xml");
        }
        if (evenFooter) {
            override(x, "/word/" + DocxSections.EVEN_FOOTER_PART, WORDML_TYPE + "footer+xml");
        }
        override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(x, "/docProps/app.xml", CONTENT_TYPE + "extended-properties+xml");
        return x.finish();
    }

    static byte[] packageRelationshipsXml() {
        WordXml x = WordXml.part("Relationships", Namespace.RELATIONSHIPS);
        relationship(x, "rId1", RELATIONSHIP + "officeDocument", DOCUMENT);
        relationship(x, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml");
        relationship(x, "rId3", RELATIONSHIP + "extended-properties", "docProps/app.xml");
        return x.finish();
    }

    static byte[] documentRelationshipsXml(boolean numberedFooter, boolean blankFooter, boolean evenFooter) {
        WordXml x = WordXml.part("Relationships", Namespace.RELATIONSHIPS);
        relationship(x, "rIdStyles", RELATIONSHIP + "styles", STYLES);
        relationship(x, "rIdSettings", RELATIONSHIP + "settings", SETTINGS);
        relationship(x, "rIdFontTable", RELATIONSHIP + "fontTable", FONT_TABLE);
        if (numberedFooter) {
            relationship(x, DocxSections.NUMBERED_FOOTER_REL, RELATIONSHIP + "footer",
                    DocxSections.NUMBERED_FOOTER_PART);
        }
        if (blankFooter) {
            relationship(x, DocxSections.BLANK_FOOTER_REL, RELATIONSHIP + "footer", DocxSections.BLANK_FOOTER_PART);
        }
        if (evenFooter) {
            relationship(x, DocxSections.EVEN_FOOTER_REL, RELATIONSHIP + "footer", DocxSections.EVEN_FOOTER_PART);
        }
        return x.finish();
    }

    private static void defaultType(WordXml x, String extension, String contentType) {
        x.open("Default").attr("Extension", extension).attr("ContentType", contentType).close();
    }

    private static void override(WordXml x, String partName, String contentType) {
        x.open("Override").attr("ContentType", contentType).attr("PartName", partName).close();
    }

    private static void relationship(WordXml x, String id, String type, String target) {
        x.open("Relationship").attr("Target", target).attr("Type", type).attr("Id", id).close();
    }

    /**
     * No w:updateFields: the TOC's cached result is already right, and the flag would make Word ask on every
     * opening. No rsids or document ids either: they are random and would break byte-identical output.
     */
    static byte[] settingsXml(boolean evenAndOddFooters) {
        WordXml x = WordXml.part("w:settings", Namespace.W);
        x.open("w:zoom").attr("w:percent", 100).close();
        x.val("w:defaultTabStop", 420); // two characters of 五号, the zh-CN default
        if (evenAndOddFooters) {
            x.empty("w:evenAndOddHeaders");
        }
        // Chinese (unlike Japanese) typesetting keeps full-width punctuation full width.
        x.val("w:characterSpacingControl", "doNotCompress");
        x.open("w:compat");
        // A line ended by a LineBreak in a justified paragraph stays as it is instead of being stretched.
        x.empty("w:doNotExpandShiftReturn");
        x.empty("w:useFELayout");
        x.open("w:compatSetting").attr("w:name", "compatibilityMode")
                .attr("w:uri", "http://schemas.microsoft.com/office/word").attr("w:val", WORD_COMPATIBILITY_MODE)
                .close();
        x.close();
        x.open("w:themeFontLang").attr("w:val", "en-US").attr("w:eastAsia", "zh-CN").close();
        x.val("w:decimalSymbol", ".");
        x.val("w:listSeparator", ",");
        return x.finish();
    }

    /**
     * Describes the fonts so that a machine without them substitutes sensibly: current Windows ships 仿宋 and
     * 楷体 but not their GB2312 predecessors, and without altName/charset Word falls back to an arbitrary font.
     */
    static byte[] fontTableXml() {
        WordXml x = WordXml.part("w:fonts", Namespace.W);
        font(x, FontRole.LATIN_WORD_NAME, null, "00", "roman", "variable");
        for (FontRole role : FontRole.values()) {
            font(x, role.wordName, altName(role), "86", role == FontRole.SONG || role == FontRole.TITLE ? "auto" : "modern",
                    role == FontRole.SONG || role == FontRole.TITLE ? "variable" : "fixed");
        }
        return x.finish();
    }

    /** The font Word takes where the named one is missing: what current Windows ships in its place. */
    private static String altName(FontRole role) {
        return switch (role) {
            case FANG -> "仿宋";
            case KAI -> "楷体";
            case HEI -> "SimHei";
            case SONG -> "SimSun";
            case TITLE -> "宋体";
        };
    }

    private static void font(WordXml x, String name, String altName, String charset, String family, String pitch) {
        x.open("w:font").attr("w:name", name);
        if (altName != null) {
            x.val("w:altName", altName);
        }
        x.val("w:charset", charset).val("w:family", family).val("w:pitch", pitch);
        x.close();
    }

    /** The properties in alphabetical order of their local names, as earlier versions of the file listed them. */
    static byte[] coreXml(Meta meta) {
        WordXml x = WordXml.part("cp:coreProperties", Namespace.CP, Namespace.DC, Namespace.DCTERMS, Namespace.XSI);
        if (meta == null) {
            return x.finish();
        }
        String created = meta.created() == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(meta.created().truncatedTo(ChronoUnit.SECONDS));
        date(x, "dcterms:created", created);
        property(x, "dc:creator", meta.author());
        property(x, "cp:keywords", meta.keywords());
        property(x, "dc:language", meta.language());
        property(x, "cp:lastModifiedBy", meta.author());
        date(x, "dcterms:modified", created);
        property(x, "dc:subject", meta.subject());
        property(x, "dc:title", meta.title());
        return x.finish();
    }

    private static void property(WordXml x, String element, String value) {
        if (value != null) {
            x.open(element).text(DocxParagraphs.xmlSafe(value)).close();
        }
    }

    private static void date(WordXml x, String element, String w3cdtf) {
        if (w3cdtf != null) {
            x.open(element).attr("xsi:type", "dcterms:W3CDTF").text(w3cdtf).close();
        }
    }

    static byte[] appXml() {
        WordXml x = WordXml.part("Properties", Namespace.EXTENDED_PROPERTIES);
        x.open("Application").text("jixiao-docs").close();
        return x.finish();
    }
}
