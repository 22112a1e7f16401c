package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Block;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.Toc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.docx4j.wml.P;

/**
 * The 目录 as a real TOC field whose cached result is already filled in: Word shows it as written (no "update
 * fields?" prompt, no blank TOC) with the page numbers the PDF layout computed, and a user can still update it.
 */
final class DocxToc {

    private final Document doc;
    private final DocxParagraphs paragraphs;
    private final Map<String, Integer> pageOfAnchor;

    DocxToc(Document doc, DocxParagraphs paragraphs, Map<String, Integer> pageOfAnchor) {
        this.doc = doc;
        this.paragraphs = paragraphs;
        this.pageOfAnchor = pageOfAnchor;
    }

    List<P> toc(Toc toc) {
        int levels = toc.levels();
        List<Paragraph> entries = entries(levels);
        List<P> result = new ArrayList<>(Math.max(1, entries.size()));
        for (Paragraph target : entries) {
            result.add(entry(toc, target));
        }
        if (result.isEmpty()) {
            // Still a field, so that a later "update field" in Word fills it in.
            result.add(new P());
            result.get(0).setPPr(DocxParagraphs.paragraphProperties(
                    paragraphs.styles().tocEntryStyleId(toc, 1)));
        }
        List<Object> first = new ArrayList<>();
        DocxFields.begin(first, instruction(toc));
        result.get(0).getContent().addAll(0, first);
        DocxFields.end(result.get(result.size() - 1).getContent());
        return result;
    }

    /**
     * Switches: o picks up the heading styles, u paragraphs with an outline level, h makes entries links, z hides
     * tab leaders and page numbers in Web view, n suppresses page numbers for a range of levels.
     */
    static String instruction(Toc toc) {
        StringBuilder sb = new StringBuilder("TOC \\o \"1-").append(Math.min(9, Math.max(1, toc.levels())))
                .append("\" \\h \\z \\u");
        if (!toc.noPageLevels().isEmpty()) {
            // Word takes one range only; levels without numbers are in practice the top ones (一、二、...).
            TreeSet<Integer> noPage = new TreeSet<>(toc.noPageLevels());
            sb.append(" \\n ").append(noPage.first()).append('-').append(noPage.last());
        }
        return sb.toString();
    }

    private P entry(Toc toc, Paragraph target) {
        int level = target.tocLevel();
        P p = new P();
        p.setPPr(DocxParagraphs.paragraphProperties(paragraphs.styles().tocEntryStyleId(toc, level)));
        org.docx4j.wml.P.Hyperlink link = new org.docx4j.wml.P.Hyperlink();
        link.setAnchor(target.anchor());
        link.setHistory(true);
        List<Object> content = link.getContent();
        content.add(DocxParagraphs.textRun(target.plainText()));
        if (!toc.noPageLevels().contains(level)) {
            // The dot-leader right tab stop comes from the toc n style (see DocxStyles), so a TOC update keeps it.
            org.docx4j.wml.R tab = new org.docx4j.wml.R();
            tab.getContent().add(DocxParagraphs.WML.createRTab(new org.docx4j.wml.R.Tab()));
            content.add(tab);
            Integer page = pageOfAnchor.get(target.anchor());
            DocxFields.add(content, "PAGEREF " + target.anchor() + " \\h", page == null ? "?" : page.toString());
        }
        p.getContent().add(DocxParagraphs.WML.createPHyperlink(link));
        return p;
    }

    /** Anchored paragraphs in reading order, including any inside table cells, up to the TOC's depth. */
    private List<Paragraph> entries(int levels) {
        List<Paragraph> entries = new ArrayList<>();
        for (Section section : doc.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    addIfEntry(entries, p, levels);
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        for (Cell cell : row.cells()) {
                            for (Paragraph p : cell.paragraphs()) {
                                addIfEntry(entries, p, levels);
                            }
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static void addIfEntry(List<Paragraph> entries, Paragraph p, int levels) {
        if (p.anchor() != null && p.tocLevel() >= 1 && p.tocLevel() <= levels) {
            entries.add(p);
        }
    }
}
