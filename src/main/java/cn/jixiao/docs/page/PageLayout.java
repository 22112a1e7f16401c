package cn.jixiao.docs.page;

import cn.jixiao.docs.fonts.Face;
import java.util.List;

/**
 * One finished page: everything to draw on it, in points from the page's top-left corner (y grows downwards).
 * {@code number} is the printed page number, or 0 on unnumbered pages (cover, 目录).
 */
public record PageLayout(int number, List<Mark> marks) {

    public PageLayout {
        marks = List.copyOf(marks);
    }

    public sealed interface Mark permits Glyphs, Rule, Link, Target {}

    /** Text in one face with its baseline at y; {@code charSpacing} is justification's extra space per glyph. */
    public record Glyphs(float x, float y, Face face, float size, float charSpacing, String text) implements Mark {}

    /** A straight line (table borders). */
    public record Rule(float x1, float y1, float x2, float y2, float width) implements Mark {}

    /** A clickable area that jumps to an anchor (目录 entries). */
    public record Link(float left, float top, float right, float bottom, String anchor) implements Mark {}

    /** Where an anchor's heading begins, for links and bookmarks. */
    public record Target(String anchor, float y) implements Mark {}
}
