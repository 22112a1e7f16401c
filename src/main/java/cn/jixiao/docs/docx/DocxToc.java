package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document.Toc;
import cn.jixiao.docs.model.Document.TocEntry;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The 目录 as a real TOC field whose cached result is already filled in: Word shows it as written (no "update
 * fields?" prompt, no blank TOC) with the entries and page numbers the PDF layout computed, and a user can still
 * update it.
 */
final class DocxToc {

    private final DocxParagraphs paragraphs;

    DocxToc(DocxParagraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    /**
     * One paragraph per entry; the field begins in the first and ends in the last. A TOC without entries is still a
     * field, in one empty paragraph, so that a later "update field" in Word fills it in.
     *
     * @param breakBefore the TOC starts a new page
     * @param sectionEnd  writes the sectPr of the section the TOC ends; null when it ends none
     */
    void toc(WordXml x, Toc toc, boolean breakBefore, Consumer<WordXml> sectionEnd) {
        List<TocEntry> entries = toc.entries();
        int paragraphCount = Math.max(1, entries.size());
        for (int i = 0; i < paragraphCount; i++) {
            TocEntry entry = entries.isEmpty() ? null : entries.get(i);
            boolean last = i == paragraphCount - 1;
            x.open("w:p");
            new DocxParagraphProperties()
                    .style(paragraphs.styles().tocEntryStyleId(toc, entry == null ? 1 : entry.level()))
                    .pageBreakBefore(breakBefore && i == 0)
                    .sectionEnd(last ? sectionEnd : null)
                    .write(x);
            if (i == 0) {
                DocxFields.begin(x, instruction(toc));
            }
            if (entry != null) {
                entry(x, toc, entry);
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

    /** The entry as the layout wrapped it, then the number the layout found for it, at the dot-leader tab. */
    private void entry(WordXml x, Toc toc, TocEntry entry) {
        x.open("w:hyperlink").attr("w:history", "true").attr("w:anchor", entry.anchor());
        DocxParagraphs.inlines(x, entry.text(), paragraphs.styles().font(toc.entryStyles().get(entry.level() - 1)));
        if (entry.page() != null) {
            // The dot-leader right tab stop comes from the toc n style (see DocxStyles), so a TOC update keeps it.
            x.open("w:r").empty("w:tab").close();
            DocxFields.add(x, "PAGEREF " + entry.anchor() + " \\h", entry.page().toString());
        }
        x.close();
    }
}
