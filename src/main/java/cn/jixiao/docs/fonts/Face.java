package cn.jixiao.docs.fonts;

import com.lowagie.text.pdf.BaseFont;

/**
 * One loaded font face, shared by every thread: measuring reads only immutable tables, and OpenPDF copies the
 * font bytes' cursor when it writes a subset. {@code syntheticBold} is set when a role has no bold file and bold
 * must be drawn by stroking the regular outline.
 */
public record Face(String name, BaseFont font, boolean syntheticBold) {

    public boolean has(int codePoint) { return font.charExists(codePoint); }

    /** Advance width of a code point at a size, in points. */
    public float advance(int codePoint, float size) { return font.getWidth(codePoint) * size / 1000f; }

    public Face asSyntheticBold() { return new Face(name, font, true); }
}
