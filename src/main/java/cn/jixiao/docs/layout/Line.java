package cn.jixiao.docs.layout;

import cn.jixiao.docs.fonts.Face;
import java.util.List;

/**
 * One laid-out line of a paragraph: runs of text in one face, each at its offset from the line's left edge.
 * {@code charSpacing} is the extra space after every glyph that justification adds.
 */
record Line(List<Run> runs, float height, float size, float charSpacing) {

    record Run(Face face, String text, float x, float width) {}
}
