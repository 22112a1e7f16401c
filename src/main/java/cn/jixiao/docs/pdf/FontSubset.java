package cn.jixiao.docs.pdf;

import cn.jixiao.docs.fonts.OpenTypeFont;
import java.util.Arrays;

/**
 * The glyphs one document draws from one font, numbered by first use: code 1 is the first glyph drawn, and the
 * embedded font program has exactly these glyphs in this order (0 is .notdef), so codes, CIDs and glyph ids are
 * the same numbers. Each code keeps the character it was first drawn for, which text extraction gives back.
 */
final class FontSubset {

    private final OpenTypeFont font;
    private char[] codeOfGlyph;
    private int[] glyphOfCode = new int[64];
    private int[] charOfCode = new int[64];
    private int count = 1;

    FontSubset(OpenTypeFont font) {
        this.font = font;
    }

    OpenTypeFont font() { return font; }

    /** The code drawing {@code glyph} (found for {@code codePoint}), given one on its first use. */
    char code(int glyph, int codePoint) {
        if (codeOfGlyph == null) {
            codeOfGlyph = new char[font.numGlyphs()];
        }
        char code = codeOfGlyph[glyph];
        if (code == 0) {
            if (count == glyphOfCode.length) {
                glyphOfCode = Arrays.copyOf(glyphOfCode, count * 2);
                charOfCode = Arrays.copyOf(charOfCode, count * 2);
            }
            code = (char) count++;
            codeOfGlyph[glyph] = code;
            glyphOfCode[code] = glyph;
            charOfCode[code] = codePoint;
        }
        return code;
    }

    /** How many codes are in use, .notdef's 0 included. */
    int count() { return count; }

    /** The font's glyph for each code, .notdef first. */
    int[] glyphs() { return Arrays.copyOf(glyphOfCode, count); }

    int glyph(int code) { return glyphOfCode[code]; }

    int codePoint(int code) { return charOfCode[code]; }
}
