package cn.jixiao.docs.page;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.PageLayout;
import java.util.List;
import java.util.Map;

/**
 * A document broken into pages. {@code document} is the input with what the layout decided filled in (column
 * widths, breakable rows, kept line breaks, the 目录's entries and numbers): what the DOCX writes.
 * {@code pageOfAnchor} gives the printed page number of every 目录 target; {@code outline} lists those targets in
 * order for bookmarks; {@code missingGlyphs} are characters no configured font can draw and
 * {@code substitutedGlyphs} those only a face of the other style (sans for serif) can. {@code tallCells} counts
 * the table cells of three or more lines, what a reader of a table notices first (the fill report prints it).
 */
public record LaidOutDocument(Document document, List<PageLayout> pages, Map<String, Integer> pageOfAnchor,
                     List<OutlineEntry> outline, List<Integer> missingGlyphs, List<Integer> substitutedGlyphs,
                     int tallCells) {

    public LaidOutDocument {
        pages = List.copyOf(pages);
        pageOfAnchor = Map.copyOf(pageOfAnchor);
        outline = List.copyOf(outline);
        missingGlyphs = List.copyOf(missingGlyphs);
        substitutedGlyphs = List.copyOf(substitutedGlyphs);
    }

    public record OutlineEntry(int level, String title, String anchor) {}
}
