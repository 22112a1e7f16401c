package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.halfPoints;
import static cn.jixiao.docs.docx.DocxUnits.twips;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Style;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Toc;
import cn.jixiao.docs.model.FontRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the model's named styles into word/styles.xml and decides each style's Word identity.
 *
 * <p>Word only treats paragraphs as headings (navigation pane, TOC \o switch) when their style is one of the
 * built-in "heading n" styles, and a TOC update re-styles its entries with the built-in "toc n" styles. So the
 * first model style of each outline level becomes "heading n", the first entry style of each TOC level becomes
 * "toc n", and the model's own (Chinese) name is kept as the style's alias so it still reads naturally in Word.
 * Every other style gets an ASCII id derived from its name alone.
 */
final class DocxStyles {

    /** The body face, for text outside any style. */
    static final String DEFAULT_EAST_ASIAN_FONT = FontRole.FANG.wordName;

    private final Document doc;
    private final Map<String, String> idOfName;
    private final Map<String, String> builtInNameOfName;
    /** The document's (first) Toc: its entry style of level n is what Word's "toc n" style stands for. */
    private final Toc toc;
    /** TOC levels whose entry style was already claimed by a heading or another level: they get a derived style. */
    private final Map<Integer, String> derivedTocStyles;

    private DocxStyles(Document doc, Map<String, String> idOfName, Map<String, String> builtInNameOfName,
                       Toc toc, Map<Integer, String> derivedTocStyles) {
        this.doc = doc;
        this.idOfName = idOfName;
        this.builtInNameOfName = builtInNameOfName;
        this.toc = toc;
        this.derivedTocStyles = derivedTocStyles;
    }

    static DocxStyles of(Document doc) {
        List<String> byFirstUse = stylesByFirstUse(doc);
        Map<String, String> idOfName = new HashMap<>();
        Map<String, String> builtInName = new HashMap<>();

        for (String name : byFirstUse) {
            int level = doc.style(name).outlineLevel();
            if (level >= 1 && level <= 9 && !builtInName.containsValue("heading " + level)) {
                idOfName.put(name, "Heading" + level);
                builtInName.put(name, "heading " + level);
            }
        }

        Toc toc = firstToc(doc);
        List<String> entryStyles = toc == null ? List.of() : toc.entryStyles();
        Map<Integer, String> derived = new HashMap<>();
        for (int level = 1; level <= Math.min(9, entryStyles.size()); level++) {
            String name = entryStyles.get(level - 1);
            if (builtInName.containsKey(name)) {
                derived.put(level, name);
            } else {
                idOfName.put(name, "TOC" + level);
                builtInName.put(name, "toc " + level);
            }
        }
        for (String name : byFirstUse) {
            idOfName.putIfAbsent(name, asciiId(name));
        }
        return new DocxStyles(doc, Map.copyOf(idOfName), Map.copyOf(builtInName), toc, Map.copyOf(derived));
    }

    FontRole font(String modelStyleName) {
        return doc.style(modelStyleName).font();
    }

    /** The Word styleId for a model style name; fails like {@link Document#style} for an undefined one. */
    String id(String modelStyleName) {
        String id = idOfName.get(modelStyleName);
        if (id == null) {
            doc.style(modelStyleName);
            throw new IllegalStateException("style not registered: " + modelStyleName);
        }
        return id;
    }

    /**
     * The style a cached TOC entry of this level uses: "toc n", which is what a Word TOC update applies too. Word
     * knows toc 1..9 only, and a second Toc with other entry styles keeps its own styles.
     */
    String tocEntryStyleId(Toc other, int level) {
        String name = other.entryStyles().get(level - 1);
        if (toc != null && level <= 9 && level <= toc.levels() && toc.entryStyles().get(level - 1).equals(name)) {
            return "TOC" + level;
        }
        return id(name);
    }

    /**
     * An id that depends on the name alone, is ASCII (Word and LibreOffice mangle others) and cannot collide with
     * a built-in id such as "Normal" or "Heading1": ASCII letters and digits stay, anything else becomes _uXXXX
     * (or _UXXXXXX outside the BMP), behind a "js" prefix.
     */
    static String asciiId(String name) {
        StringBuilder sb = new StringBuilder("js");
        name.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
                sb.append((char) cp);
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("_u%04X", cp));
            } else {
                sb.append(String.format("_U%06X", cp));
            }
        });
        return sb.toString();
    }

    byte[] xml() {
        WordXml x = WordXml.part("w:styles", WordXml.Namespace.W);
        docDefaults(x);
        normal(x);
        // Map.copyOf in the model has no stable order; sorting keeps styles.xml identical from run to run.
        for (String name : new TreeSet<>(doc.styles().keySet())) {
            style(x, doc.style(name));
        }
        for (int level : new TreeSet<>(derivedTocStyles.keySet())) {
            derivedTocStyle(x, level, derivedTocStyles.get(level));
        }
        tableNormal(x);
        return x.finish();
    }

    private void style(WordXml x, Style s) {
        String builtIn = builtInNameOfName.get(s.name());
        openStyle(x, "paragraph", id(s.name()));
        if (builtIn != null) {
            x.val("w:name", builtIn);
            x.val("w:aliases", DocxParagraphs.xmlSafe(s.name()));
            x.val("w:uiPriority", builtIn.startsWith("heading") ? 9 : 39);
            x.empty("w:qFormat");
        } else {
            x.attr("w:customStyle", "true");
            x.val("w:name", DocxParagraphs.xmlSafe(s.name()));
            if (s.outlineLevel() >= 1 && s.outlineLevel() <= 9) {
                // Only one style per level can be "heading n"; its siblings derive from it so Word groups them.
                x.val("w:basedOn", "Heading" + s.outlineLevel());
            }
        }
        DocxParagraphProperties pPr = paragraphProperties(s);
        if (builtIn != null && builtIn.startsWith("toc ")) {
            addTocEntryLayout(pPr, Integer.parseInt(builtIn.substring(4)), s);
        }
        pPr.write(x);
        runProperties(s).write(x);
        x.close();
    }

    /**
     * The page number sits at a dot-leader right tab stop on the text edge, while the entry text stops the room
     * the PDF keeps for it short of it (right indent): a long entry then wraps instead of running under the number, and
     * the number stays flush right on the entry's last line. Word and LibreOffice both honour a right tab stop
     * beyond the right indent. It lives in the style so that entries of a TOC update by Word look the same. An
     * entry's lines stay on one page, as the PDF's 目录 keeps them: with widow control off, LibreOffice put three
     * lines of a five-line entry at a page foot where the PDF started the entry on the next page.
     */
    private void addTocEntryLayout(DocxParagraphProperties pPr, int level, Style entryStyle) {
        pPr.keepLines();
        if (toc.noPageLevels().contains(level)) {
            return;
        }
        pPr.rightTab(DocxUnits.twips(doc.page().textWidth()), "dot")
                .rightIndent(Math.round(Toc.NUMBER_ROOM * entryStyle.size() * 20f));
    }

    /**
     * A level whose entry style is already a heading (or another level's toc style) still needs a "toc n" for
     * Word's updates to look the same; it is an empty style inheriting everything from the model's entry style.
     */
    private void derivedTocStyle(WordXml x, int level, String entryStyle) {
        openStyle(x, "paragraph", "TOC" + level);
        x.val("w:name", "toc " + level);
        x.val("w:basedOn", id(entryStyle));
        x.val("w:uiPriority", 39);
        DocxParagraphProperties pPr = new DocxParagraphProperties();
        addTocEntryLayout(pPr, level, doc.style(entryStyle));
        pPr.write(x);
        x.close();
    }

    /**
     * Everything is set explicitly, including "off" values: LibreOffice maps heading n onto its own Heading n,
     * which is bold, larger and in another font unless the docx says otherwise.
     */
    private static DocxParagraphProperties paragraphProperties(Style s) {
        DocxParagraphProperties p = new DocxParagraphProperties().keepNext(s.keepWithNext()).cjkLayout();
        if (s.lineHeight() > 0) {
            p.spacing(twips(s.spaceBefore()), twips(s.spaceAfter()), twips(s.lineHeight()), true);
        } else {
            p.spacing(twips(s.spaceBefore()), twips(s.spaceAfter()), 240, false);
        }
        // Character units (firstLineChars) are what Chinese Word users see and keep the indent at two characters
        // if the size changes; the twips value is for applications that ignore character units.
        p.firstLine(s.indent() < 0, Math.round(Math.abs(s.indent()) * 100f),
                Math.round(Math.abs(s.indent()) * s.size() * 20f));
        p.jc(jc(s.align()));
        if (s.outlineLevel() >= 1 && s.outlineLevel() <= 9) {
            p.outlineLevel(s.outlineLevel());
        }
        return p;
    }

    static String jc(Document.Align align) {
        return switch (align) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }

    private static DocxRunProperties runProperties(Style s) {
        return new DocxRunProperties(s.font().wordName, s.bold(), halfPoints(s.size()), false);
    }

    private static void docDefaults(WordXml x) {
        x.open("w:docDefaults");
        x.open("w:rPrDefault");
        // 三号 (16 pt), the body size of government documents.
        new DocxRunProperties(DEFAULT_EAST_ASIAN_FONT, null, 32, true).write(x);
        x.close();
        x.open("w:pPrDefault");
        new DocxParagraphProperties()
                // Off, as in the zh-CN Normal template: widow/orphan control would move lines to other pages than
                // the PDF layout (whose page numbers the TOC prints) put them on.
                .widowControl(false)
                .cjkLayout()
                .write(x);
        x.close();
        x.close();
    }

    private static void normal(WordXml x) {
        openStyle(x, "paragraph", "Normal").attr("w:default", "true");
        x.val("w:name", "Normal");
        x.empty("w:qFormat");
        new DocxParagraphProperties().cjkLayout().jc("both").write(x);
        x.close();
    }

    private static void tableNormal(WordXml x) {
        openStyle(x, "table", "TableNormal").attr("w:default", "true");
        x.val("w:name", "Normal Table");
        x.val("w:uiPriority", 99);
        x.empty("w:semiHidden");
        x.empty("w:unhideWhenUsed");
        x.close();
    }

    private static WordXml openStyle(WordXml x, String type, String id) {
        return x.open("w:style").attr("w:type", type).attr("w:styleId", id);
    }

    /**
     * Style names in the order the document first uses them, then the unused ones by name. "The first style of
     * an outline level" then means the one a reader meets first, and does not depend on map iteration order.
     */
    private static List<String> stylesByFirstUse(Document doc) {
        Set<String> order = new LinkedHashSet<>();
        for (Section section : doc.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    order.add(p.style());
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        for (Cell cell : row.cells()) {
                            for (Paragraph p : cell.paragraphs()) {
                                order.add(p.style());
                            }
                        }
                    }
                } else if (block instanceof Toc toc) {
                    order.addAll(toc.entryStyles());
                }
            }
        }
        order.add(doc.page().footer().style());
        for (String name : order) {
            doc.style(name); // an undefined style is a template error; report it before writing anything
        }
        order.addAll(new TreeSet<>(doc.styles().keySet()));
        return new ArrayList<>(order);
    }

    /** TOC styles follow the first Toc block; a document has one 目录. */
    private static Toc firstToc(Document doc) {
        for (Section section : doc.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Toc toc) {
                    return toc;
                }
            }
        }
        return null;
    }
}
