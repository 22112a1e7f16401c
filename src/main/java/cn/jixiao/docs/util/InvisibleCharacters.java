package cn.jixiao.docs.util;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;

/**
 * Characters that text carries but nobody sees: the zero-width space and joiners, the byte order mark, the soft
 * hyphen, variation selectors, direction marks (Unicode's Default_Ignorable_Code_Point). Text pasted from a web
 * page or a chat has them. Word and LibreOffice draw nothing for them, even where a font has a glyph, and so does
 * the PDF; a value made of nothing else is blank.
 */
public final class InvisibleCharacters {

    /** The Basic Multilingual Plane's, where almost all are, as a bitmap: the layout asks of every character. */
    private static final long[] BMP = bitmap();

    private InvisibleCharacters() {}

    public static boolean is(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? (BMP[cp >>> 6] & (1L << cp)) != 0
                : UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static long[] bitmap() {
        long[] bits = new long[Character.MIN_SUPPLEMENTARY_CODE_POINT / 64];
        for (UnicodeSet.EntryRange r : new UnicodeSet("[:Default_Ignorable_Code_Point:]").ranges()) {
            for (int cp = r.codepoint; cp <= Math.min(r.codepointEnd, Character.MAX_VALUE); cp++) {
                bits[cp >>> 6] |= 1L << cp;
            }
        }
        return bits;
    }

    /** Whether nothing of {@code text} would show: only white space and invisible characters, or none at all. */
    public static boolean blank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || is(cp));
    }

    /** {@code text} without its invisible characters. */
    public static String removedFrom(String text) {
        return text.codePoints().filter(cp -> !is(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
