package cn.jixiao.docs.layout;

import cn.jixiao.docs.model.Document.Script;

/**
 * Which face draws a character: Latin letters and digits the Latin one, Chinese the Chinese one, and a character
 * both scripts use (quotes, dashes, ellipses, ≥, ·) the face of the text before it, or at the start of a line
 * of text the face of the text after it — 「达到≥95%」 takes the Chinese ≥, 「≥95%」 the Latin one. Word and
 * LibreOffice each decide these characters their own way, so the layout's choice is written into the DOCX. The
 * letters and numbers among the Latin-1 signs (「m²」, 「½」, 「µ」, 「º」) are Latin wherever they stand, as
 * LibreOffice takes them, yet still named: under the styles' East Asian hint Word may take the Chinese font for
 * 「²」 (ECMA-376 lists it among the characters the hint moves).
 */
final class Scripts {

    private Scripts() {}

    /** The script of each code point of {@code cps}: LATIN or CHINESE, with AUTO never returned. */
    static Script[] resolve(int[] cps) {
        Script[] out = new Script[cps.length];
        Script previous = null;
        for (int i = 0; i < cps.length; i++) {
            Script strong = strong(cps[i]);
            if (strong != null) {
                out[i] = strong;
                // A space is drawn in the Latin face but says nothing of the text around it.
                previous = cps[i] == ' ' ? previous : strong;
            } else if (previous != null) {
                out[i] = previous;
            }
        }
        Script next = Script.LATIN;
        for (int i = cps.length - 1; i >= 0; i--) {
            if (out[i] == null) {
                out[i] = next;
            } else if (strong(cps[i]) != null && cps[i] != ' ') {
                next = out[i];
            }
        }
        return out;
    }

    /** Whether a code point is one whose face applications disagree about, so that the DOCX must name it. */
    static boolean shared(int cp) {
        return strong(cp) == null || latin1Alphanumeric(cp);
    }

    /** 「ª ² ³ µ ¹ º ¼ ½ ¾」: among the Latin-1 signs, the letters and numbers. */
    static boolean latin1Alphanumeric(int cp) {
        return cp >= 0xA0 && cp < 0xC0
                && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER);
    }

    /** LATIN for the Latin letters, digits and ASCII; CHINESE for ideographs, CJK punctuation and full-width forms. */
    private static Script strong(int cp) {
        if ((cp >= 0x20 && cp <= 0x7E) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
                || latin1Alphanumeric(cp)) {
            return Script.LATIN;
        }
        if (cp >= 0x2E80 && (Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF))) {
            return Script.CHINESE;
        }
        return null;
    }
}
