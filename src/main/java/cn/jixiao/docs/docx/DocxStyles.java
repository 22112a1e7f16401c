package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.big;
import static cn.jixiao.docs.docx.DocxUnits.halfPoints;
import static cn.jixiao.docs.docx.DocxUnits.twipsBig;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Style;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Toc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STHint;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STTabTlc;
import org.docx4j.wml.Styles;

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

    /** Latin text in Chinese government documents is set in Times New Roman whatever the Chinese font. */
    static final String LATIN_FONT = "Times New Roman";
    static final String DEFAULT_EAST_ASIAN_FONT = "仿宋_GB2312";

    private static final Map<String, String> EAST_ASIAN_FONT_OF_ROLE = Map.of(
            "仿宋", "仿宋_GB2312",
            "黑体", "黑体",
            "楷体", "楷体_GB2312",
            "宋体", "宋体",
            "小标宋", "方正小标宋简体");

    /** Room kept free for the page number at the end of a TOC entry line, in characters of the entry font. */
    private static final float TOC_NUMBER_ROOM_CHARS = 2f;

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

    static String eastAsianFont(String role) {
        if (role == null || role.isBlank()) {
            return DEFAULT_EAST_ASIAN_FONT;
        }
        return EAST_ASIAN_FONT_OF_ROLE.getOrDefault(role, role);
    }

    Styles build() {
        Styles styles = new Styles();
        styles.setDocDefaults(docDefaults());
        List<org.docx4j.wml.Style> list = styles.getStyle();
        list.add(normal());
        // Map.copyOf in the model has no stable order; sorting keeps styles.xml identical from run to run.
        for (String name : new TreeSet<>(doc.styles().keySet())) {
            list.add(style(doc.style(name)));
        }
        for (int level : new TreeSet<>(derivedTocStyles.keySet())) {
            list.add(derivedTocStyle(level, derivedTocStyles.get(level)));
        }
        list.add(tableNormal());
        return styles;
    }

    private org.docx4j.wml.Style style(Style s) {
        org.docx4j.wml.Style w = paragraphStyle(id(s.name()));
        String builtIn = builtInNameOfName.get(s.name());
        if (builtIn != null) {
            w.setName(name(builtIn));
            org.docx4j.wml.Style.Aliases alias = new org.docx4j.wml.Style.Aliases();
            alias.setVal(DocxParagraphs.xmlSafe(s.name()));
            w.setAliases(alias);
            w.setUiPriority(uiPriority(builtIn.startsWith("heading") ? 9 : 39));
            w.setQFormat(new BooleanDefaultTrue());
        } else {
            w.setName(name(DocxParagraphs.xmlSafe(s.name())));
            w.setCustomStyle(true);
            if (s.outlineLevel() >= 1 && s.outlineLevel() <= 9) {
                // Only one style per level can be "heading n"; its siblings derive from it so Word groups them.
                org.docx4j.wml.Style.BasedOn basedOn = new org.docx4j.wml.Style.BasedOn();
                basedOn.setVal("Heading" + s.outlineLevel());
                w.setBasedOn(basedOn);
            }
        }
        w.setPPr(paragraphProperties(s));
        w.setRPr(runProperties(s));
        if (builtIn != null && builtIn.startsWith("toc ")) {
            addTocEntryLayout(w, Integer.parseInt(builtIn.substring(4)), s);
        }
        return w;
    }

    /**
     * The page number sits at a dot-leader right tab stop on the text edge, while the entry text stops a couple
     * of characters short of it (right indent): a long entry then wraps instead of running under the number, and
     * the number stays flush right on the entry's last line. Word and LibreOffice both honour a right tab stop
     * beyond the right indent. It lives in the style so that entries of a TOC update by Word look the same.
     */
    private void addTocEntryLayout(org.docx4j.wml.Style w, int level, Style entryStyle) {
        if (toc.noPageLevels().contains(level)) {
            return;
        }
        PPr p = w.getPPr() != null ? w.getPPr() : new PPr();
        p.setTabs(DocxParagraphs.tabs(DocxParagraphs.rightTab(
                DocxUnits.twipsBig(doc.page().textWidth()), STTabTlc.DOT)));
        PPrBase.Ind ind = p.getInd() != null ? p.getInd() : new PPrBase.Ind();
        ind.setRight(big(Math.round(TOC_NUMBER_ROOM_CHARS * entryStyle.size() * 20f)));
        p.setInd(ind);
        w.setPPr(p);
    }

    /**
     * A level whose entry style is already a heading (or another level's toc style) still needs a "toc n" for
     * Word's updates to look the same; it is an empty style inheriting everything from the model's entry style.
     */
    private org.docx4j.wml.Style derivedTocStyle(int level, String entryStyle) {
        org.docx4j.wml.Style w = paragraphStyle("TOC" + level);
        w.setName(name("toc " + level));
        org.docx4j.wml.Style.BasedOn basedOn = new org.docx4j.wml.Style.BasedOn();
        basedOn.setVal(id(entryStyle));
        w.setBasedOn(basedOn);
        w.setUiPriority(uiPriority(39));
        addTocEntryLayout(w, level, doc.style(entryStyle));
        return w;
    }

    /**
     * Everything is set explicitly, including "off" values: LibreOffice maps heading n onto its own Heading n,
     * which is bold, larger and in another font unless the docx says otherwise.
     */
    static PPr paragraphProperties(Style s) {
        PPr p = new PPr();
        p.setKeepNext(flag(s.keepWithNext()));
        p.setSpacing(spacing(s));
        p.setInd(firstLineIndent(s));
        Jc jc = new Jc();
        jc.setVal(switch (s.align()) {
            case LEFT -> JcEnumeration.LEFT;
            case CENTER -> JcEnumeration.CENTER;
            case RIGHT -> JcEnumeration.RIGHT;
            case JUSTIFY -> JcEnumeration.BOTH;
        });
        p.setJc(jc);
        if (s.outlineLevel() >= 1 && s.outlineLevel() <= 9) {
            p.setOutlineLvl(outlineLevel(s.outlineLevel()));
        }
        return p;
    }

    static PPrBase.OutlineLvl outlineLevel(int modelLevel) {
        PPrBase.OutlineLvl lvl = new PPrBase.OutlineLvl();
        lvl.setVal(big(modelLevel - 1));
        return lvl;
    }

    static PPrBase.Spacing spacing(Style s) {
        PPrBase.Spacing sp = new PPrBase.Spacing();
        sp.setBefore(twipsBig(s.spaceBefore()));
        sp.setAfter(twipsBig(s.spaceAfter()));
        if (s.lineHeight() > 0) {
            sp.setLine(twipsBig(s.lineHeight()));
            sp.setLineRule(STLineSpacingRule.EXACT);
        } else {
            sp.setLine(big(240));
            sp.setLineRule(STLineSpacingRule.AUTO);
        }
        return sp;
    }

    /**
     * Character units (firstLineChars) are what Chinese Word users see and keep the indent at two characters if
     * the size changes; the twips value is for applications that ignore character units.
     */
    static PPrBase.Ind firstLineIndent(Style s) {
        PPrBase.Ind ind = new PPrBase.Ind();
        long chars = Math.round(Math.abs(s.indent()) * 100f);
        long twips = Math.round(Math.abs(s.indent()) * s.size() * 20f);
        if (s.indent() < 0) {
            ind.setHangingChars(big(chars));
            ind.setHanging(big(twips));
        } else {
            ind.setFirstLineChars(big(chars));
            ind.setFirstLine(big(twips));
        }
        return ind;
    }

    static RPr runProperties(Style s) {
        RPr r = new RPr();
        r.setRFonts(fonts(s.font().wordName));
        r.setB(flag(s.bold()));
        r.setBCs(flag(s.bold()));
        HpsMeasure sz = new HpsMeasure();
        sz.setVal(halfPoints(s.size()));
        r.setSz(sz);
        HpsMeasure szCs = new HpsMeasure();
        szCs.setVal(halfPoints(s.size()));
        r.setSzCs(szCs);
        return r;
    }

    static RFonts fonts(String eastAsia) {
        RFonts f = new RFonts();
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setEastAsia(eastAsia);
        f.setCs(LATIN_FONT);
        // Characters such as “ ” — … belong to both scripts; the hint makes Word take the Chinese font for them.
        f.setHint(STHint.EAST_ASIA);
        return f;
    }

    private static DocDefaults docDefaults() {
        DocDefaults d = new DocDefaults();
        DocDefaults.RPrDefault rDefault = new DocDefaults.RPrDefault();
        RPr r = new RPr();
        r.setRFonts(fonts(DEFAULT_EAST_ASIAN_FONT));
        HpsMeasure sz = new HpsMeasure();
        sz.setVal(big(32)); // 三号, the body size of government documents
        r.setSz(sz);
        HpsMeasure szCs = new HpsMeasure();
        szCs.setVal(big(32));
        r.setSzCs(szCs);
        CTLanguage lang = new CTLanguage();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        lang.setBidi("ar-SA");
        r.setLang(lang);
        rDefault.setRPr(r);
        d.setRPrDefault(rDefault);

        DocDefaults.PPrDefault pDefault = new DocDefaults.PPrDefault();
        PPr p = new PPr();
        // Off, as in the zh-CN Normal template: widow/orphan control would move lines to other pages than the
        // PDF layout (whose page numbers the TOC prints) put them on.
        p.setWidowControl(flag(false));
        // No punctuation hangs past the right margin (Word would by default, LibreOffice does not): the PDF layout
        // pulls the previous character down instead, and all three then break lines alike.
        p.setOverflowPunct(flag(false));
        pDefault.setPPr(p);
        d.setPPrDefault(pDefault);
        return d;
    }

    private static org.docx4j.wml.Style normal() {
        org.docx4j.wml.Style w = paragraphStyle("Normal");
        w.setDefault(true);
        w.setName(name("Normal"));
        w.setQFormat(new BooleanDefaultTrue());
        PPr p = new PPr();
        p.setJc(jc(JcEnumeration.BOTH));
        w.setPPr(p);
        return w;
    }

    private static org.docx4j.wml.Style tableNormal() {
        org.docx4j.wml.Style w = new org.docx4j.wml.Style();
        w.setType("table");
        w.setDefault(true);
        w.setStyleId("TableNormal");
        w.setName(name("Normal Table"));
        w.setUiPriority(uiPriority(99));
        w.setSemiHidden(new BooleanDefaultTrue());
        w.setUnhideWhenUsed(new BooleanDefaultTrue());
        return w;
    }

    private static org.docx4j.wml.Style paragraphStyle(String id) {
        org.docx4j.wml.Style w = new org.docx4j.wml.Style();
        w.setType("paragraph");
        w.setStyleId(id);
        return w;
    }

    private static org.docx4j.wml.Style.Name name(String val) {
        org.docx4j.wml.Style.Name n = new org.docx4j.wml.Style.Name();
        n.setVal(val);
        return n;
    }

    private static org.docx4j.wml.Style.UiPriority uiPriority(int val) {
        org.docx4j.wml.Style.UiPriority p = new org.docx4j.wml.Style.UiPriority();
        p.setVal(big(val));
        return p;
    }

    static Jc jc(JcEnumeration val) {
        Jc jc = new Jc();
        jc.setVal(val);
        return jc;
    }

    /** A toggle written out even when false, so nothing is left to an application's defaults. */
    static BooleanDefaultTrue flag(boolean on) {
        BooleanDefaultTrue b = new BooleanDefaultTrue();
        if (!on) {
            b.setVal(false);
        }
        return b;
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
