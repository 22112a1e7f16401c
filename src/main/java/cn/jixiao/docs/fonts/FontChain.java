package cn.jixiao.docs.fonts;

import java.util.List;

/**
 * The faces to try, in order, for one role and weight: a glyph the first face lacks is drawn from the first that
 * has it. The first {@code sameStyle} faces are of the role's own class (serif or sans); a glyph found only after
 * them changes style, which the caller reports rather than lets pass silently.
 */
public record FontChain(List<Face> faces, int sameStyle) {

    public FontChain {
        faces = List.copyOf(faces);
    }

    public Face first() { return faces.get(0); }
}
