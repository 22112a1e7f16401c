package cn.jixiao.docs.fonts;

/** Where a face's glyph outlines lie, and the compact font program a PDF embeds for some of them. */
sealed interface GlyphOutlines permits CffOutlines, TrueTypeOutlines {

    /**
     * A font program holding only {@code glyphs}, glyph i of it being {@code glyphs[i]} of this face
     * ({@code glyphs[0]} is 0, .notdef). A TrueType program may append the parts its composite glyphs are made of.
     */
    FontProgram subset(int[] glyphs);

    /** A glyph's outline as the face stores it. */
    java.nio.ByteBuffer outline(int glyph);

    static GlyphOutlines read(SfntFile file, int numGlyphs) {
        return file.cff()
                ? new CffOutlines(file.required(SfntFile.tag("CFF ")), numGlyphs)
                : new TrueTypeOutlines(file, numGlyphs);
    }
}
