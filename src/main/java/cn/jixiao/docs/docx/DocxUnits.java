package cn.jixiao.docs.docx;

import java.math.BigInteger;

/**
 * The model measures in points; WordprocessingML wants twips (1/20 pt) and half-points for font sizes. Rounding
 * happens here once so every part of the writer agrees on the same integers.
 */
final class DocxUnits {

    private DocxUnits() {}

    static int twips(float points) {
        return Math.round(points * 20f);
    }

    static BigInteger twipsBig(float points) {
        return BigInteger.valueOf(twips(points));
    }

    static BigInteger halfPoints(float points) {
        return BigInteger.valueOf(Math.round(points * 2f));
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
