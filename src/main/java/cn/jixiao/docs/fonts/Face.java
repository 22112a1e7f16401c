package cn.jixiao.docs.fonts;

import com.lowagie.text.pdf.BaseFont;

/**
 * One loaded font face, shared by every thread: measuring reads only immutable tables, and OpenPDF copies the
 * font bytes' cursor when it writes a subset. {@code syntheticBold} is set when a role has no bold file and bold
 * must be drawn by stroking the regular outline. Coverage and advances of the Basic Multilingual Plane are
 * tabulated once, because the line breaker asks for them for every character of every document.
 */
public final class Face {

    private final String name;
    private final BaseFont font;
    private final boolean syntheticBold;
    private final short[] bmpWidths;

    public Face(String name, BaseFont font) {
        this(name, font, false, tabulate(font));
    }

    private Face(String name, BaseFont font, boolean syntheticBold, short[] bmpWidths) {
        this.name = name;
        this.font = font;
        this.syntheticBold = syntheticBold;
        this.bmpWidths = bmpWidths;
    }

    /** -1 where the font has no glyph, else the advance in 1/1000 em. */
    private static short[] tabulate(BaseFont font) {
        short[] w = new short[0x10000];
        for (int c = 0; c < w.length; c++) {
            w[c] = font.charExists(c) ? (short) font.getWidth(c) : -1;
        }
        return w;
    }

    public String name() { return name; }

    public BaseFont font() { return font; }

    public boolean syntheticBold() { return syntheticBold; }

    public boolean has(int codePoint) {
        return codePoint < 0x10000 ? bmpWidths[codePoint] >= 0 : font.charExists(codePoint);
    }

    /** Advance width of a code point at a size, in points. */
    public float advance(int codePoint, float size) {
        int w = codePoint < 0x10000 ? bmpWidths[codePoint] : font.getWidth(codePoint);
        return Math.max(0, w) * size / 1000f;
    }

    public Face asSyntheticBold() { return new Face(name, font, true, bmpWidths); }
}
