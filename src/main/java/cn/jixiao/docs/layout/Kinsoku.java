package cn.jixiao.docs.layout;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The basic Chinese line-breaking rules (GB/T 15834 practice, as Word and LibreOffice apply them): where a line may
 * break, and what may not start or end a line.
 */
final class Kinsoku {

    private static final String NO_START = "，。、；：？！）》」』”’〕］｝〉】…—·%％‰°℃,.;:?!)]}";
    private static final String NO_END = "（《「『“‘〔［｛〈【([{";
    /**
     * After a Chinese character or a full-width form LibreOffice lets these marks of {@link #NO_START} start a line
     * (「乙｜％」, 「５｜℃」, 「Ａ｜］」, and it splits 「……」 and 「——」), but not 「～」, which it lets start one after a
     * Latin digit (「5｜～10」). Measured on LibreOffice 7.4's conversions; its DOCX import ignores a document's own
     * lists (w:noLineBreaksBefore), and Word's default list keeps 「％℃°］」 off a line's start.
     */
    private static final String STARTS_AFTER_WIDE = "…—%％‰℃°］";
    private static final int WAVE_DASH = '～';

    /**
     * Closing marks that LibreOffice keeps with a Latin letter or digit after them (「。2.」「，A级」「）3个」), as it
     * keeps a letter or digit with an opening mark after it (「2（」): measured on LibreOffice 7.4, which breaks
     * after ；：！？…—· there but not after these.
     */
    private static final String HOLDS_ALPHANUMERIC = "。，、）”’》」』】〕］｝〉．";

    /** The sets as bitmaps of the Basic Multilingual Plane, where all their marks are: asked of every atom. */
    private static final long[] NO_START_BITS = bitmap(NO_START);
    private static final long[] NO_END_BITS = bitmap(NO_END);
    private static final long[] HOLDS_ALPHANUMERIC_BITS = bitmap(HOLDS_ALPHANUMERIC);
    private static final long[] STARTS_AFTER_WIDE_BITS = bitmap(STARTS_AFTER_WIDE);

    /** Invisible, and there to allow a break ({@link cn.jixiao.docs.util.InvisibleCharacters}). */
    static final int ZERO_WIDTH_SPACE = 0x200B;

    private Kinsoku() {}

    /** The invisible characters that forbid a break after them: the word joiner and the zero-width no-break space. */
    static boolean joins(int cp) {
        return cp == 0x2060 || cp == 0xFEFF;
    }

    static boolean mayNotStartLine(int cp) { return in(NO_START_BITS, cp); }

    static boolean mayNotEndLine(int cp) { return in(NO_END_BITS, cp); }

    /**
     * A letter or digit of the Latin, Greek or Cyrillic script, which LibreOffice sets as Western text beside Chinese:
     * it spaces 「单位 μm」 as 「单位 m」 and keeps 「、β」 together as 「、A」.
     */
    static boolean westernAlphanumeric(int cp) {
        return (cp < 0x250 || (cp >= 0x370 && cp < 0x530)) && Character.isLetterOrDigit(cp);
    }

    static boolean asciiAlphanumeric(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    /**
     * Whether a break before {@code after} would cut a run of ASCII letters and digits, or one that one of
     * {@code joiners} holds together (「2856.48」 with 「.」, 「50099-2011」 with 「-」).
     */
    static boolean insideRun(int beforeThat, int before, int after, String joiners) {
        return asciiAlphanumeric(after) && (asciiAlphanumeric(before)
                || (joiners.indexOf(before) >= 0 && asciiAlphanumeric(beforeThat)));
    }

    private static boolean in(long[] bits, int cp) {
        return cp >= 0 && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && (bits[cp >>> 6] & (1L << cp)) != 0;
    }

    private static long[] bitmap(String marks) {
        long[] bits = new long[Character.MIN_SUPPLEMENTARY_CODE_POINT / 64];
        marks.chars().forEach(c -> bits[c >>> 6] |= 1L << c);
        return bits;
    }

    /** Ideographs, kana, Hangul and full-width forms: a line may break before or after each of them. */
    static boolean isWide(int cp) {
        if (cp < 0x2000) {
            return false; // Latin, Greek, Cyrillic and the like: the common case, decided without a table lookup
        }
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x2018 && cp <= 0x201F) || cp == 0x2026 || cp == 0x2014) {
            return true; // the common ideographs and CJK punctuation, decided before the script table's search
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * Whether a closing mark after a Latin letter or digit holds the narrow character after it too (「2011）≥95%」,
     * 「GB）≤3」, 「2011。≥9」): after a Chinese character it holds only letters and digits (「甲）｜≥95」). Measured on
     * LibreOffice's PDFs.
     */
    static boolean holdsAfterAlphanumeric(int beforeThat, int before, int after) {
        return asciiAlphanumeric(beforeThat) && in(HOLDS_ALPHANUMERIC_BITS, before) && !isWide(after)
                && after != ' ' && after != '\t';
    }

    /**
     * Between the unit sign of one number and the sign of the next (「25℃｜±2℃」, 「50%｜±5%」): a break as good as any,
     * as LibreOffice's line-breaking rules (Unicode's, with 「°」 taken as a letter) have it. Not in 「25°C±2°C」.
     */
    static boolean betweenNumbers(int before, int after) {
        return before != '°' && after != '\\'
                && UCharacter.getIntPropertyValue(before, UProperty.LINE_BREAK) == UCharacter.LineBreak.POSTFIX_NUMERIC
                && UCharacter.getIntPropertyValue(after, UProperty.LINE_BREAK) == UCharacter.LineBreak.PREFIX_NUMERIC;
    }

    /** Whether a line may break between two adjacent code points. */
    static boolean breakBetween(int before, int after) {
        boolean noStart = isWide(before)
                ? after == WAVE_DASH || mayNotStartLine(after) && !in(STARTS_AFTER_WIDE_BITS, after)
                : mayNotStartLine(after);
        if (noStart || mayNotEndLine(before)) {
            return false;
        }
        if ((westernAlphanumeric(after) && in(HOLDS_ALPHANUMERIC_BITS, before))
                || (westernAlphanumeric(before) && in(NO_END_BITS, after))) {
            return false;
        }
        return before == ' ' || before == '\t' || isWide(before) || isWide(after);
    }
}
