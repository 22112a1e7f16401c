package cn.jixiao.docs.layout;

import java.util.List;
import java.util.Map;

/**
 * A document broken into pages. {@code pageOfAnchor} gives the printed page number of every 目录 target (what both
 * the PDF and the DOCX 目录 show); {@code outline} lists those targets in order for bookmarks;
 * {@code missingGlyphs} are characters no configured font can draw.
 */
public record Layout(List<PageLayout> pages, Map<String, Integer> pageOfAnchor, List<OutlineEntry> outline,
                     List<Integer> missingGlyphs) {

    public Layout {
        pages = List.copyOf(pages);
        pageOfAnchor = Map.copyOf(pageOfAnchor);
        outline = List.copyOf(outline);
        missingGlyphs = List.copyOf(missingGlyphs);
    }

    public record OutlineEntry(int level, String title, String anchor) {}
}
