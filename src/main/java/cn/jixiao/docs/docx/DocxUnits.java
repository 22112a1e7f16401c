package cn.jixiao.docs.docx;

/**
 * The model measures in points; WordprocessingML wants twips (1/20 pt) and half-points for font sizes. Rounding
 * happens here once so every part of the writer agrees on the same integers.
 */
final class DocxUnits {

    private DocxUnits() {}

    static int twips(float points) {
        return Math.round(points * 20f);
    }

    static int halfPoints(float points) {
        return Math.round(points * 2f);
    }
}
