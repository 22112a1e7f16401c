package cn.jixiao.docs.fonts;

/**
 * What a PDF font descriptor says of a face, in 1/1000 em (integer division, as OpenPDF wrote them).
 *
 * @param postScriptName the name the PDF gives the font (name ID 6)
 * @param flags          the descriptor's Flags: fixed pitch, nonsymbolic, italic, force bold
 * @param bbox           the font's bounding box: xMin, yMin, xMax, yMax
 */
public record FontDescription(String postScriptName, boolean cff, int unitsPerEm, int ascent, int descent,
                              int capHeight, int[] bbox, double italicAngle, int flags) {

    public FontDescription {
        bbox = bbox.clone();
    }

    @Override
    public int[] bbox() { return bbox.clone(); }
}
