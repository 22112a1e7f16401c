package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import java.util.List;

/**
 * One laid-out line of a paragraph: runs of text, each in one face at its offset from the line's left edge.
 * A run's {@code charSpacing} is the extra space justification puts after each of its glyphs.
 */
record Line(List<Run> runs, float height, float size) {

    record Run(Face face, String text, float x, float width, float charSpacing) {}
}
