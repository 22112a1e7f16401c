package cn.jixiao.docs.review;

import cn.jixiao.docs.util.InvisibleCharacters;
import java.text.Normalizer;

/** How the review compares what people typed: by meaning, not by the keys they happened to press. */
final class Text {

    /** Sentence punctuation a cell may end (or start) with without saying anything else. */
    private static final String EDGE_PUNCTUATION = "。，、；：！？,.;:!?…“”‘’\"'·";
    private static final int QUOTE_LENGTH = 40;
    /**
     * Characters outside ASCII and the CJK ideographs that NFKC leaves alone (checked by the tests). A text of only
     * these and no white space is its own fold: most cells are, and the normalizer costs a microsecond a call.
     */
    static final String STABLE_PUNCTUATION = "、。〈〉《》「」『』【】〔〕〖〗“”‘’—–·≥≤×";

    private Text() {}

    /**
     * NFKC (full-width ＞＝％０-９ to >=%0-9, ⑫ to 12, ㎞ to km) with all white space and invisible characters (a
     * pasted zero-width space) removed; "" for null. Every comparison and every vocabulary word goes through this,
     * so each is listed once, in its plain form.
     */
    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        boolean stable = true;
        boolean spaced = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            stable &= c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || STABLE_PUNCTUATION.indexOf(c) >= 0;
            spaced |= Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        if (stable && !spaced) {
            return s;
        }
        String n = stable ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !InvisibleCharacters.is(c)) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** Folded, without the punctuation at either end: 「保障人数。」 is 「保障人数」. */
    static String core(String s) {
        String f = fold(s);
        int from = 0;
        int to = f.length();
        while (from < to && EDGE_PUNCTUATION.indexOf(f.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && EDGE_PUNCTUATION.indexOf(f.charAt(to - 1)) >= 0) {
            to--;
        }
        return f.substring(from, to);
    }

    /** Whether two cells, given as their {@link #core}s, say the same (and say something). */
    static boolean same(String a, String b) { return !a.isEmpty() && a.equals(b); }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    /** Letters and digits only: how long a goal really is, punctuation and spaces not counted. */
    static int letters(String s) {
        return s == null ? 0 : (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** A long text shortened for quoting in a message. */
    static String quote(String s) {
        String t = s.strip();
        return t.codePointCount(0, t.length()) <= QUOTE_LENGTH ? t
                : t.substring(0, t.offsetByCodePoints(0, QUOTE_LENGTH)) + "…";
    }
}
