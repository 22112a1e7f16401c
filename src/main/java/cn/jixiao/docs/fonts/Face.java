package cn.jixiao.docs.fonts;

/**
 * One loaded font face, shared by every thread: its tables are read once and never change. {@code syntheticBold}
 * is set when a role has no bold file and bold must be drawn by stroking the regular outline; such a face shares
 * its font with the regular one, so a PDF embeds the font once.
 */
public final class Face {

    private final String name;
    private final OpenTypeFont font;
    private final boolean syntheticBold;

    public Face(String name, OpenTypeFont font) {
        this(name, font, false);
    }

    private Face(String name, OpenTypeFont font, boolean syntheticBold) {
        this.name = name;
        this.font = font;
        this.syntheticBold = syntheticBold;
    }

    public String name() { return name; }

    public OpenTypeFont font() { return font; }

    public boolean syntheticBold() { return syntheticBold; }

    public boolean has(int codePoint) { return font.glyph(codePoint) != 0; }

    /** The glyph that draws a code point, 0 where the face has none. */
    public int glyph(int codePoint) { return font.glyph(codePoint); }

    /** Advance width of a code point at a size, in points: the glyph's 1/1000 em width, 0 where there is none. */
    public float advance(int codePoint, float size) {
        int glyph = font.glyph(codePoint);
        int w = glyph == 0 ? 0 : font.width(glyph);
        return Math.max(0, w) * size / 1000f;
    }

    public Face asSyntheticBold() { return new Face(name, font, true); }
}
