package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.big;

import cn.jixiao.docs.model.Document.Meta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.docProps.extended.Properties;
import org.docx4j.openpackaging.contenttype.CTDefault;
import org.docx4j.openpackaging.contenttype.CTOverride;
import org.docx4j.openpackaging.contenttype.CTTypes;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.relationships.Relationships;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTCharacterSpacing;
import org.docx4j.wml.CTCompat;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.CTTwipsMeasure;
import org.docx4j.wml.CTUcharHexNumber;
import org.docx4j.wml.CTZoom;
import org.docx4j.wml.FontFamily;
import org.docx4j.wml.FontPitch;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.STCharacterSpacing;
import org.docx4j.wml.STPitch;

/**
 * The parts around word/document.xml: package plumbing ([Content_Types].xml, relationships), document
 * properties, settings and the font table. Parts that never vary are marshalled once and kept as bytes.
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

    private DocxPackageParts() {}

    /** Constant parts, built on first use; byte arrays that are never handed out for writing, so shareable. */
    private static final class Constant {
        static final byte[] PACKAGE_RELS = marshal(DocxXml.Kind.RELATIONSHIPS, packageRelationships());
        static final byte[] SETTINGS_XML = marshal(DocxXml.Kind.WORDML, settings());
        static final byte[] FONT_TABLE_XML = marshal(DocxXml.Kind.WORDML, fontTable());
        static final byte[][] CONTENT_TYPES = {
            marshal(DocxXml.Kind.CONTENT_TYPES, contentTypes(false, false)),
            marshal(DocxXml.Kind.CONTENT_TYPES, contentTypes(true, false)),
            marshal(DocxXml.Kind.CONTENT_TYPES, contentTypes(true, true)),
        };
        static final byte[][] DOCUMENT_RELS = {
            marshal(DocxXml.Kind.RELATIONSHIPS, documentRelationships(false, false)),
            marshal(DocxXml.Kind.RELATIONSHIPS, documentRelationships(true, false)),
            marshal(DocxXml.Kind.RELATIONSHIPS, documentRelationships(true, true)),
        };

        private static byte[] marshal(DocxXml.Kind kind, Object root) {
            try {
                return DocxXml.bytes(kind, root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static byte[] packageRelationshipsXml() {
        return Constant.PACKAGE_RELS;
    }

    static byte[] settingsXml() {
        return Constant.SETTINGS_XML;
    }

    static byte[] fontTableXml() {
        return Constant.FONT_TABLE_XML;
    }

    static byte[] contentTypesXml(boolean numberedFooter, boolean blankFooter) {
        return Constant.CONTENT_TYPES[footerVariant(numberedFooter, blankFooter)];
    }

    static byte[] documentRelationshipsXml(boolean numberedFooter, boolean blankFooter) {
        return Constant.DOCUMENT_RELS[footerVariant(numberedFooter, blankFooter)];
    }

    /** A blank footer only exists to follow a numbered one (see DocxSections). */
    private static int footerVariant(boolean numberedFooter, boolean blankFooter) {
        return !numberedFooter ? 0 : blankFooter ? 2 : 1;
    }

    private static CTTypes contentTypes(boolean numberedFooter, boolean blankFooter) {
        CTTypes types = new CTTypes();
        types.getDefaultOrOverride().add(defaultType("rels", ContentTypes.RELATIONSHIPS_PART));
        types.getDefaultOrOverride().add(defaultType("xml", "application/xml"));
        types.getDefaultOrOverride().add(override("/" + DOCUMENT, ContentTypes.WORDPROCESSINGML_DOCUMENT));
        types.getDefaultOrOverride().add(override("/word/" + STYLES, ContentTypes.WORDPROCESSINGML_STYLES));
        types.getDefaultOrOverride().add(override("/word/" + SETTINGS, ContentTypes.WORDPROCESSINGML_SETTINGS));
        types.getDefaultOrOverride().add(override("/word/" + FONT_TABLE, ContentTypes.WORDPROCESSINGML_FONTTABLE));
        if (numberedFooter) {
            types.getDefaultOrOverride().add(override("/word/" + DocxSections.NUMBERED_FOOTER_PART,
                    ContentTypes.WORDPROCESSINGML_FOOTER));
        }
        if (blankFooter) {
            types.getDefaultOrOverride().add(override("/word/" + DocxSections.BLANK_FOOTER_PART,
                    ContentTypes.WORDPROCESSINGML_FOOTER));
        }
        types.getDefaultOrOverride().add(override("/docProps/core.xml", ContentTypes.PACKAGE_COREPROPERTIES));
        types.getDefaultOrOverride().add(override("/docProps/app.xml",
                ContentTypes.OFFICEDOCUMENT_EXTENDEDPROPERTIES));
        return types;
    }

    private static CTDefault defaultType(String extension, String contentType) {
        CTDefault d = new CTDefault();
        d.setExtension(extension);
        d.setContentType(contentType);
        return d;
    }

    private static CTOverride override(String partName, String contentType) {
        CTOverride o = new CTOverride();
        o.setPartName(partName);
        o.setContentType(contentType);
        return o;
    }

    private static Relationships packageRelationships() {
        Relationships rels = new Relationships();
        rels.getRelationship().add(relationship("rId1", Namespaces.DOCUMENT, DOCUMENT));
        rels.getRelationship().add(relationship("rId2", Namespaces.PROPERTIES_CORE, "docProps/core.xml"));
        rels.getRelationship().add(relationship("rId3", Namespaces.PROPERTIES_EXTENDED, "docProps/app.xml"));
        return rels;
    }

    private static Relationships documentRelationships(boolean numberedFooter, boolean blankFooter) {
        Relationships rels = new Relationships();
        rels.getRelationship().add(relationship("rIdStyles", Namespaces.STYLES, STYLES));
        rels.getRelationship().add(relationship("rIdSettings", Namespaces.SETTINGS, SETTINGS));
        rels.getRelationship().add(relationship("rIdFontTable", Namespaces.FONT_TABLE, FONT_TABLE));
        if (numberedFooter) {
            rels.getRelationship().add(relationship(DocxSections.NUMBERED_FOOTER_REL, Namespaces.FOOTER,
                    DocxSections.NUMBERED_FOOTER_PART));
        }
        if (blankFooter) {
            rels.getRelationship().add(relationship(DocxSections.BLANK_FOOTER_REL, Namespaces.FOOTER,
                    DocxSections.BLANK_FOOTER_PART));
        }
        return rels;
    }

    private static Relationship relationship(String id, String type, String target) {
        Relationship r = new Relationship();
        r.setId(id);
        r.setType(type);
        r.setTarget(target);
        return r;
    }

    /**
     * No w:updateFields: the TOC's cached result is already right, and the flag would make Word ask on every
     * opening. No rsids or document ids either: they are random and would break byte-identical output.
     */
    private static CTSettings settings() {
        CTSettings s = new CTSettings();
        CTZoom zoom = new CTZoom();
        zoom.setPercent(big(100));
        s.setZoom(zoom);
        CTTwipsMeasure tab = new CTTwipsMeasure();
        tab.setVal(big(420)); // two characters of 五号, the zh-CN default
        s.setDefaultTabStop(tab);
        // Chinese (unlike Japanese) typesetting keeps full-width punctuation full width.
        CTCharacterSpacing spacing = new CTCharacterSpacing();
        spacing.setVal(STCharacterSpacing.DO_NOT_COMPRESS);
        s.setCharacterSpacingControl(spacing);
        CTCompat compat = new CTCompat();
        // A line ended by a LineBreak in a justified paragraph stays as it is instead of being stretched.
        compat.setDoNotExpandShiftReturn(new BooleanDefaultTrue());
        compat.setUseFELayout(new BooleanDefaultTrue());
        compat.setCompatSetting("compatibilityMode", "http://schemas.microsoft.com/office/word",
                Integer.toString(WORD_COMPATIBILITY_MODE));
        s.setCompat(compat);
        CTLanguage themeLang = new CTLanguage();
        themeLang.setVal("en-US");
        themeLang.setEastAsia("zh-CN");
        s.setThemeFontLang(themeLang);
        CTSettings.DecimalSymbol decimal = new CTSettings.DecimalSymbol();
        decimal.setVal(".");
        s.setDecimalSymbol(decimal);
        CTSettings.ListSeparator list = new CTSettings.ListSeparator();
        list.setVal(",");
        s.setListSeparator(list);
        return s;
    }

    /**
     * Describes the fonts so that a machine without them substitutes sensibly: current Windows ships 仿宋 and
     * 楷体 but not their GB2312 predecessors, and without altName/charset Word falls back to an arbitrary font.
     */
    private static Fonts fontTable() {
        Fonts fonts = new Fonts();
        fonts.getFont().add(font(DocxStyles.LATIN_FONT, null, "00", "roman", STPitch.VARIABLE));
        fonts.getFont().add(font("仿宋_GB2312", "仿宋", "86", "modern", STPitch.FIXED));
        fonts.getFont().add(font("楷体_GB2312", "楷体", "86", "modern", STPitch.FIXED));
        fonts.getFont().add(font("黑体", "SimHei", "86", "modern", STPitch.FIXED));
        fonts.getFont().add(font("宋体", "SimSun", "86", "auto", STPitch.VARIABLE));
        fonts.getFont().add(font("方正小标宋简体", "宋体", "86", "auto", STPitch.VARIABLE));
        return fonts;
    }

    private static Fonts.Font font(String name, String altName, String charset, String family, STPitch pitch) {
        Fonts.Font f = new Fonts.Font();
        f.setName(name);
        if (altName != null) {
            Fonts.Font.AltName alt = new Fonts.Font.AltName();
            alt.setVal(altName);
            f.setAltName(alt);
        }
        CTUcharHexNumber cs = new CTUcharHexNumber();
        cs.setVal(charset);
        f.setCharset(cs);
        FontFamily fam = new FontFamily();
        fam.setVal(family);
        f.setFamily(fam);
        FontPitch p = new FontPitch();
        p.setVal(pitch);
        f.setPitch(p);
        return f;
    }

    static CoreProperties coreProperties(Meta meta) {
        CoreProperties core = new CoreProperties();
        if (meta == null) {
            return core;
        }
        org.docx4j.docProps.core.dc.elements.ObjectFactory dc =
                new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        if (meta.title() != null) {
            core.setTitle(dc.createTitle(literal(new SimpleLiteral(), meta.title())));
        }
        if (meta.subject() != null) {
            core.setSubject(literal(new SimpleLiteral(), meta.subject()));
        }
        if (meta.author() != null) {
            core.setCreator(literal(new SimpleLiteral(), meta.author()));
            core.setLastModifiedBy(DocxParagraphs.xmlSafe(meta.author()));
        }
        if (meta.keywords() != null) {
            core.setKeywords(DocxParagraphs.xmlSafe(meta.keywords()));
        }
        if (meta.language() != null) {
            core.setLanguage(literal(new SimpleLiteral(), meta.language()));
        }
        if (meta.created() != null) {
            String when = DateTimeFormatter.ISO_INSTANT.format(meta.created().truncatedTo(ChronoUnit.SECONDS));
            core.setCreated(literal(new W3CDTF(), when));
            core.setModified(literal(new W3CDTF(), when));
        }
        return core;
    }

    private static SimpleLiteral literal(SimpleLiteral literal, String value) {
        literal.getContent().add(DocxParagraphs.xmlSafe(value));
        return literal;
    }

    static Properties appProperties() {
        Properties app = new Properties();
        app.setApplication("jixiao-docs");
        return app;
    }
}
