package cn.jixiao.docs.fonts;

/**
 * A font program a PDF embeds, and where it holds glyph outlines byte for byte as the face does: glyph i's
 * outline is {@code bytes[outlineStarts[i], outlineStarts[i + 1])}, the bytes {@link OpenTypeFont#outline} gives
 * for {@code glyphs[i]}. {@code outlineStarts} is null where the outlines changed on the way (subroutines
 * renumbered, a TrueType file). A writer can code those stretches once per glyph and reuse them.
 */
public record FontProgram(byte[] bytes, int[] glyphs, int[] outlineStarts) {}
