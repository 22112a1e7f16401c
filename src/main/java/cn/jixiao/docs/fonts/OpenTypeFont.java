package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One face read from its file by this program: character map, advance widths and the descriptor at once (all a
 * layout needs, and cheap: a few hundred kilobytes of tables), glyph outlines' locations on the first PDF that
 * embeds it. Immutable once made but for what first use finds (outlines' locations, what writers derive from
 * the face), published safely, so every thread shares one.
 */
public final class OpenTypeFont {

    private static final int HEAD = SfntFile.tag("head");
    private static final int HHEA = SfntFile.tag("hhea");
    private static final int HMTX = SfntFile.tag("hmtx");
    private static final int MAXP = SfntFile.tag("maxp");
    private static final int CMAP = SfntFile.tag("cmap");
    private static final int OS2 = SfntFile.tag("OS/2");
    private static final int POST = SfntFile.tag("post");
    private static final int NAME = SfntFile.tag("name");

    private final SfntFile file;
    private final CharacterMap characters;
    private final short[] widths;
    private final FontDescription description;
    private volatile GlyphOutlines outlines;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    private OpenTypeFont(SfntFile file, String fallbackName) {
        this.file = file;
        ByteBuffer head = file.required(HEAD);
        ByteBuffer hhea = file.required(HHEA);
        int unitsPerEm = Short.toUnsignedInt(head.getShort(18));
        if (unitsPerEm == 0) {
            throw new IllegalArgumentException("the font's head table gives 0 units per em");
        }
        int numGlyphs = Short.toUnsignedInt(file.required(MAXP).getShort(4));
        int horizontalMetrics = Math.min(Short.toUnsignedInt(hhea.getShort(34)), numGlyphs);
        this.widths = widths(file.required(HMTX), horizontalMetrics, numGlyphs, unitsPerEm);
        this.characters = CharacterMap.read(file.required(CMAP), numGlyphs);
        this.description = describe(file, head, hhea, unitsPerEm, fallbackName);
    }

    /**
     * @param bytes        the whole file
     * @param face         the face in a collection, 0 for a single font
     * @param fallbackName the PostScript name to use when the font has none
     */
    public static OpenTypeFont read(ByteBuffer bytes, int face, String fallbackName) {
        return new OpenTypeFont(SfntFile.read(bytes, face), fallbackName);
    }

    /** The glyph drawing a code point, 0 (.notdef) where the face has none. */
    public int glyph(int codePoint) { return characters.glyph(codePoint); }

    public int numGlyphs() { return widths.length; }

    /**
     * A glyph's advance in 1/1000 em, truncated as OpenPDF truncated it: the widths layout was measured with and
     * the PDF's /W array states, so lines break where they always did.
     */
    public int width(int glyph) { return widths[glyph]; }

    public FontDescription description() { return description; }

    /**
     * The font program a PDF embeds for some glyphs: glyph i of it is {@code glyphs[i]} of this face, and
     * {@code glyphs[0]} must be 0 (.notdef). CFF outlines give a CID-keyed CFF whose CID i is glyph i; TrueType
     * outlines give a TrueType file (which may append the parts of composite glyphs).
     */
    public FontProgram subset(int[] glyphs) { return outlines().subset(glyphs); }

    /** A glyph's outline as the face stores it (a charstring, or TrueType glyph data), read-only. */
    public ByteBuffer outline(int glyph) {
        if (glyph < 0 || glyph >= numGlyphs()) {
            throw new IllegalArgumentException("no glyph " + glyph + " in a font of " + numGlyphs());
        }
        return outlines().outline(glyph).asReadOnlyBuffer();
    }

    /**
     * What a writer derives from this face once and reuses for every document (a PDF's code for its outlines),
     * made on first request and kept as long as the face.
     */
    public <T> T derived(Class<T> kind, Function<OpenTypeFont, T> make) {
        return kind.cast(derived.computeIfAbsent(kind, k -> make.apply(this)));
    }

    /** Where each glyph's outline lies; found on first use, since only writing a PDF needs it. */
    private GlyphOutlines outlines() {
        GlyphOutlines o = outlines;
        if (o == null) {
            synchronized (this) {
                o = outlines;
                if (o == null) {
                    o = GlyphOutlines.read(file, numGlyphs());
                    outlines = o;
                }
            }
        }
        return o;
    }

    private static short[] widths(ByteBuffer hmtx, int metrics, int numGlyphs, int unitsPerEm) {
        if (metrics == 0) {
            throw new IllegalArgumentException("the font's hhea table gives no horizontal metrics");
        }
        short[] w = new short[numGlyphs];
        for (int g = 0; g < numGlyphs; g++) {
            int advance = Short.toUnsignedInt(hmtx.getShort(4 * Math.min(g, metrics - 1)));
            w[g] = (short) (advance * 1000 / unitsPerEm);
        }
        return w;
    }

    private static FontDescription describe(SfntFile file, ByteBuffer head, ByteBuffer hhea, int unitsPerEm,
                                            String fallbackName) {
        int[] bbox = {head.getShort(36) * 1000 / unitsPerEm, head.getShort(38) * 1000 / unitsPerEm,
                head.getShort(40) * 1000 / unitsPerEm, head.getShort(42) * 1000 / unitsPerEm};
        int macStyle = Short.toUnsignedInt(head.getShort(44));
        ByteBuffer os2 = file.table(OS2);
        int ascender = os2 != null ? os2.getShort(68) : hhea.getShort(4);
        int descender = os2 != null ? os2.getShort(70) : hhea.getShort(6);
        int capHeight = os2 != null && Short.toUnsignedInt(os2.getShort(0)) > 1 && os2.limit() >= 90
                ? os2.getShort(88) : (int) (0.7 * unitsPerEm);
        ByteBuffer post = file.table(POST);
        double italicAngle = post != null ? post.getInt(4) / 65536.0
                : -Math.atan2(hhea.getShort(20), hhea.getShort(18)) * 180 / Math.PI;
        boolean fixedPitch = post != null && post.getInt(12) != 0;
        int flags = (fixedPitch ? 1 : 0) | 32 | ((macStyle & 2) != 0 ? 64 : 0) | ((macStyle & 1) != 0 ? 262144 : 0);
        String name = postScriptName(file.table(NAME));
        return new FontDescription(name == null ? fallbackName : name, file.cff(), unitsPerEm,
                ascender * 1000 / unitsPerEm, -Math.abs(descender) * 1000 / unitsPerEm, capHeight * 1000 / unitsPerEm,
                bbox, italicAngle, flags);
    }

    /** Name ID 6, the first record of it (as OpenPDF took it), without what a PDF name may not hold. */
    private static String postScriptName(ByteBuffer name) {
        if (name == null) {
            return null;
        }
        int count = Short.toUnsignedInt(name.getShort(2));
        int storage = Short.toUnsignedInt(name.getShort(4));
        for (int i = 0; i < count; i++) {
            int record = 6 + 12 * i;
            if (Short.toUnsignedInt(name.getShort(record + 6)) != 6) {
                continue;
            }
            int platform = Short.toUnsignedInt(name.getShort(record));
            byte[] raw = new byte[Short.toUnsignedInt(name.getShort(record + 8))];
            name.get(storage + Short.toUnsignedInt(name.getShort(record + 10)), raw);
            String s = new String(raw, platform == 0 || platform == 3 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
            String clean = s.replaceAll("[^!-~]|[\\[\\]()<>{}/%#]", "");
            return clean.isEmpty() ? null : clean;
        }
        return null;
    }
}
