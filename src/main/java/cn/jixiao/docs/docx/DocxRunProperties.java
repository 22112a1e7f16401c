package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.FontRole;

/**
 * A w:rPr, written in the order the schema prescribes (Word refuses a file whose properties are out of order).
 * An absent property is left out: a null font or bold, a size of 0, no languages.
 *
 * @param eastAsiaFont    the Chinese font
 * @param latinFont       the Latin font, {@link FontRole#LATIN_WORD_NAME} but where a run is set in one face
 * @param halfPoints      the font size in half-points
 * @param chineseLanguage marks the text as en-US / zh-CN / ar-SA, as Word's zh-CN defaults do
 */
record DocxRunProperties(String eastAsiaFont, String latinFont, Boolean bold, int halfPoints,
                         boolean chineseLanguage) {

    static final DocxRunProperties BOLD = new DocxRunProperties(null, null, true, 0, false);

    DocxRunProperties(String eastAsiaFont, Boolean bold, int halfPoints, boolean chineseLanguage) {
        this(eastAsiaFont, FontRole.LATIN_WORD_NAME, bold, halfPoints, chineseLanguage);
    }

    static DocxRunProperties size(int halfPoints) {
        return new DocxRunProperties(null, null, null, halfPoints, false);
    }

    /**
     * Text that must be drawn in one face whatever its script: a character both scripts share, in the face the
     * PDF drew it in (Word and LibreOffice would each pick one by rules of their own).
     */
    static DocxRunProperties oneFace(String family, boolean bold) {
        return new DocxRunProperties(family, family, bold ? true : null, 0, false);
    }

    void write(WordXml x) {
        x.open("w:rPr");
        if (eastAsiaFont != null) {
            // Characters such as “ ” — … belong to both scripts; the hint makes Word take the Chinese font.
            x.open("w:rFonts").attr("w:hint", "eastAsia").attr("w:ascii", latinFont).attr("w:hAnsi", latinFont)
                    .attr("w:eastAsia", eastAsiaFont).attr("w:cs", latinFont).close();
        }
        if (bold != null) {
            x.toggle("w:b", bold).toggle("w:bCs", bold);
        }
        if (halfPoints > 0) {
            x.val("w:sz", halfPoints).val("w:szCs", halfPoints);
        }
        if (chineseLanguage) {
            x.open("w:lang").attr("w:val", "en-US").attr("w:eastAsia", "zh-CN").attr("w:bidi", "ar-SA").close();
        }
        x.close();
    }
}
