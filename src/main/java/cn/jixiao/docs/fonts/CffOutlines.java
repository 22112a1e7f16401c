package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a 'CFF ' table, located but not copied: its INDEXes, its Top DICT, and per glyph the Font DICT
 * (of a CID-keyed font's FDArray) whose Private DICT and local subroutines it is drawn with. A name-keyed font is
 * read as a CID-keyed one with a single Font DICT.
 */
final class CffOutlines implements GlyphOutlines {

    /** A Private DICT, where it lies, and its local subroutines (null when it has none). */
    record Private(CffDict dict, CffIndex subrs) {}

    /** A Font DICT: its own entries (null for a name-keyed font) and its Private DICT. */
    record FontDict(CffDict dict, Private privateDict) {}

    final ByteBuffer cff;
    final CffIndex names;
    final CffDict top;
    final CffIndex strings;
    final CffIndex globalSubrs;
    final CffIndex charStrings;
    final boolean cidKeyed;
    final List<FontDict> fontDicts;
    private final int fdSelect;
    private final int numGlyphs;

    CffOutlines(ByteBuffer cff, int numGlyphs) {
        this.cff = cff;
        int headerSize = Byte.toUnsignedInt(cff.get(2));
        names = new CffIndex(cff, headerSize);
        CffIndex topDicts = new CffIndex(cff, names.limit());
        top = CffDict.read(cff, topDicts.start(0), topDicts.end(0));
        strings = new CffIndex(cff, topDicts.limit());
        globalSubrs = new CffIndex(cff, strings.limit());
        charStrings = new CffIndex(cff, top.integer(CffDict.CHAR_STRINGS, 0, -1));
        if (charStrings.count() < numGlyphs) {
            throw new IllegalArgumentException("the CFF has " + charStrings.count() + " glyphs, maxp says " + numGlyphs);
        }
        this.numGlyphs = numGlyphs;
        cidKeyed = top.find(CffDict.ROS) != null;
        List<FontDict> fds = new ArrayList<>();
        if (cidKeyed) {
            CffIndex fdArray = new CffIndex(cff, top.integer(CffDict.FD_ARRAY, 0, -1));
            for (int i = 0; i < fdArray.count(); i++) {
                CffDict fd = CffDict.read(cff, fdArray.start(i), fdArray.end(i));
                fds.add(new FontDict(fd, privateOf(fd)));
            }
            fdSelect = top.integer(CffDict.FD_SELECT, 0, -1);
        } else {
            fds.add(new FontDict(null, privateOf(top)));
            fdSelect = -1;
        }
        fontDicts = List.copyOf(fds);
    }

    private Private privateOf(CffDict dict) {
        CffDict.Entry e = dict.find(CffDict.PRIVATE);
        if (e == null) {
            return new Private(CffDict.read(cff, 0, 0), null);
        }
        int size = (int) e.operands()[0];
        int offset = (int) e.operands()[1];
        CffDict p = CffDict.read(cff, offset, offset + size);
        int subrs = p.integer(CffDict.SUBRS, 0, 0);
        return new Private(p, subrs == 0 ? null : new CffIndex(cff, offset + subrs));
    }

    /** The Font DICT glyph {@code glyph} is drawn with. */
    int fontDictOf(int glyph) {
        if (fdSelect < 0) {
            return 0;
        }
        int format = Byte.toUnsignedInt(cff.get(fdSelect));
        if (format == 0) {
            return Byte.toUnsignedInt(cff.get(fdSelect + 1 + glyph));
        }
        if (format != 3) {
            throw new IllegalArgumentException("CFF FDSelect format " + format);
        }
        int ranges = Short.toUnsignedInt(cff.getShort(fdSelect + 1));
        int lo = 0;
        int hi = ranges - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (Short.toUnsignedInt(cff.getShort(fdSelect + 3 + 3 * mid)) <= glyph) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Byte.toUnsignedInt(cff.get(fdSelect + 3 + 3 * lo + 2));
    }

    @Override
    public FontProgram subset(int[] glyphs) {
        for (int g : glyphs) {
            if (g < 0 || g >= numGlyphs) {
                throw new IllegalArgumentException("no glyph " + g + " in a font of " + numGlyphs);
            }
        }
        return new CffSubset(this, glyphs).write();
    }

    @Override
    public ByteBuffer outline(int glyph) {
        int start = charStrings.start(glyph);
        return cff.slice(start, charStrings.end(glyph) - start);
    }
}
