package cn.jixiao.docs.docx;

/**
 * A w:rPr, written in the order the schema prescribes (Word refuses a file whose properties are out of order).
 * An absent property is left out: a null font or bold, a size of 0, no languages.
 *
 * @param eastAsiaFont    the Chinese font; Latin text always gets {@link DocxStyles#LATIN_FONT}
 * @param halfPoints      the font size in half-points
 * @param chineseLanguage marks the text as en-US / zh-CN / ar-SA, as Word's zh-CN defaults do
 */
record DocxRunProperties(String eastAsiaFont, Boolean bold, int halfPoints, boolean chineseLanguage) {

    static final DocxRunProperties BOLD = new DocxRunProperties(null, true, 0, false);

    static DocxRunProperties size(int halfPoints) {
        return new DocxRunProperties(null, null, halfPoints, false);
    }

    void write(WordXml x) {
        x.open("w:rPr");
        if (eastAsiaFont != null) {
            // Characters such as “ ” — … belong to both scripts; the hint makes Word take the Chinese font.
            x.open("w:rFonts").attr("w:hint", "eastAsia").attr("w:ascii", DocxStyles.LATIN_FONT)
                    .attr("w:hAnsi", DocxStyles.LATIN_FONT).attr("w:eastAsia", eastAsiaFont)
                    .attr("w:cs", DocxStyles.LATIN_FONT).close();
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
