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
import java.util.function.Consumer;

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

    /**
     * One paragraph per entry; the field begins in the first and ends in the last. A TOC without entries is still a
     * field, in one empty paragraph, so that a later "update field" in Word fills it in.
     *
     * @param breakBefore the TOC starts a new page
     * @param sectionEnd  writes the sectPr of the section the TOC ends; null when it ends none
     */
    void toc(WordXml x, Toc toc, boolean breakBefore, Consumer<WordXml> sectionEnd) {
        List<Paragraph> entries = entries(toc.levels());
        int paragraphCount = Math.max(1, entries.size());
        for (int i = 0; i < paragraphCount; i++) {
            Paragraph target = entries.isEmpty() ? null : entries.get(i);
            boolean last = i == paragraphCount - 1;
            x.open("w:p");
            new DocxParagraphProperties()
                    .style(paragraphs.styles().tocEntryStyleId(toc, target == null ? 1 : target.tocLevel()))
                    .pageBreakBefore(breakBefore && i == 0)
                    .sectionEnd(last ? sectionEnd : null)
                    .write(x);
            if (i == 0) {
                DocxFields.begin(x, instruction(toc));
            }
            if (target != null) {
                entry(x, toc, target);
            }
            if (last) {
                DocxFields.end(x);
            }
            x.close();
        }
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

    private void entry(WordXml x, Toc toc, Paragraph target) {
        x.open("w:hyperlink").attr("w:history", "true").attr("w:anchor", target.anchor());
        DocxParagraphs.textRun(x, target.plainText());
        if (!toc.noPageLevels().contains(target.tocLevel())) {
            // The dot-leader right tab stop comes from the toc n style (see DocxStyles), so a TOC update keeps it.
            x.open("w:r").empty("w:tab").close();
            Integer page = pageOfAnchor.get(target.anchor());
            DocxFields.add(x, "PAGEREF " + target.anchor() + " \\h", page == null ? "?" : page.toString());
        }
        x.close();
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
