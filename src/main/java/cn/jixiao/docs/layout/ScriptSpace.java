package cn.jixiao.docs.layout;

/**
 * The space word processors put between Chinese characters and Latin letters or digits (「2024 年」): Word's
 * autoSpaceDE/autoSpaceDN, on by default, and LibreOffice's "Asian and non-Asian spacing", which its DOCX import
 * cannot turn off (it ignores those two properties). The reference documents have it, so the PDF sets it too, as
 * LibreOffice does: a fifth of the font size, only between an ideograph and a letter or digit (「m²」's 「²」
 * and 「½」 count: LibreOffice spaces 「100m² 以上」), never next to punctuation (「80%。」, 「（abc）」, 「，2024，」 get
 * none). 「①」 and 「Ⅱ」 are neither script to LibreOffice and get none beside Chinese.
 */
final class ScriptSpace {

    /** Of the font size, measured on LibreOffice 7.4's PDFs of the DOCX at 10.5, 16 and 36 pt. */
    static final float EM = 0.2f;

    private ScriptSpace() {}

    static boolean between(int before, int after) {
        return ideograph(before) && latin(after) || latin(before) && ideograph(after);
    }

    /**
     * A letter or digit for this space, and wider than the line-break rules' {@link Kinsoku#westernAlphanumeric}:
     * 「²」 and 「½」 are spaced as letters here, but how LibreOffice breaks beside them was not measured.
     */
    private static boolean latin(int cp) {
        return Kinsoku.westernAlphanumeric(cp) || Scripts.latin1Alphanumeric(cp);
    }

    private static boolean ideograph(int cp) {
        return cp >= 0x2E80 && Character.isIdeographic(cp);
    }
}
