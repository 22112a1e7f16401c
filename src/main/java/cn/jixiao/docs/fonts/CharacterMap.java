package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A face's Unicode 'cmap': code point to glyph id, 0 where the face has no glyph. Reads the subtable OpenPDF read
 * before (a full-repertoire format 12 if there is one, else the BMP format 4), so coverage is what it was. The
 * Basic Multilingual Plane is one array, because the line breaker asks for every character of every document;
 * other planes are format 12's groups, searched.
 */
final class CharacterMap {

    private final char[] bmp;
    private final int[] groupStart;
    private final int[] groupEnd;
    private final int[] groupGlyph;

    private CharacterMap(char[] bmp, int[] groupStart, int[] groupEnd, int[] groupGlyph) {
        this.bmp = bmp;
        this.groupStart = groupStart;
        this.groupEnd = groupEnd;
        this.groupGlyph = groupGlyph;
    }

    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return codePoint < 0 ? 0 : bmp[codePoint];
        }
        int i = Arrays.binarySearch(groupStart, codePoint);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && codePoint <= groupEnd[i] ? groupGlyph[i] + codePoint - groupStart[i] : 0;
    }

    static CharacterMap read(ByteBuffer cmap, int numGlyphs) {
        int count = Short.toUnsignedInt(cmap.getShort(2));
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < count; i++) {
            int record = 4 + 8 * i;
            int platform = Short.toUnsignedInt(cmap.getShort(record));
            int encoding = Short.toUnsignedInt(cmap.getShort(record + 2));
            int offset = cmap.getInt(record + 4);
            int format = Short.toUnsignedInt(cmap.getShort(offset));
            int rank = rank(platform, encoding, format);
            if (rank > bestRank) {
                bestRank = rank;
                best = offset;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("the font has no Unicode character map (cmap format 4 or 12)");
        }
        char[] bmp = new char[0x10000];
        return Short.toUnsignedInt(cmap.getShort(best)) == 12
                ? format12(cmap.slice(best, cmap.getInt(best + 4)), bmp, numGlyphs)
                : format4(cmap.slice(best, Short.toUnsignedInt(cmap.getShort(best + 2))), bmp, numGlyphs);
    }

    /** Windows full repertoire, then Unicode full repertoire, then Windows BMP, then Unicode BMP. */
    private static int rank(int platform, int encoding, int format) {
        if (format == 12 && platform == 3 && encoding == 10) {
            return 4;
        }
        if (format == 12 && platform == 0 && (encoding == 4 || encoding == 6)) {
            return 3;
        }
        if (format == 4 && platform == 3 && encoding == 1) {
            return 2;
        }
        return format == 4 && platform == 0 && encoding <= 3 ? 1 : 0;
    }

    private static CharacterMap format4(ByteBuffer t, char[] bmp, int numGlyphs) {
        int segments = Short.toUnsignedInt(t.getShort(6)) / 2;
        int ends = 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = Short.toUnsignedInt(t.getShort(ends + 2 * s));
            int start = Short.toUnsignedInt(t.getShort(starts + 2 * s));
            int delta = Short.toUnsignedInt(t.getShort(deltas + 2 * s));
            int rangeOffset = Short.toUnsignedInt(t.getShort(rangeOffsets + 2 * s));
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    if (at + 2 > t.limit()) {
                        continue;
                    }
                    int id = Short.toUnsignedInt(t.getShort(at));
                    glyph = id == 0 ? 0 : (id + delta) & 0xFFFF;
                }
                if (glyph < numGlyphs) {
                    bmp[c] = (char) glyph;
                }
            }
        }
        return new CharacterMap(bmp, new int[0], new int[0], new int[0]);
    }

    private static CharacterMap format12(ByteBuffer t, char[] bmp, int numGlyphs) {
        int groups = t.getInt(12);
        int[] start = new int[groups];
        int[] end = new int[groups];
        int[] glyph = new int[groups];
        int n = 0;
        for (int g = 0; g < groups; g++) {
            int at = 16 + 12 * g;
            int first = t.getInt(at);
            int last = Math.min(t.getInt(at + 4), Character.MAX_CODE_POINT);
            int firstGlyph = t.getInt(at + 8);
            if (first < 0 || last < first || firstGlyph < 0 || (long) firstGlyph + last - first >= numGlyphs) {
                continue;
            }
            for (int c = first; c <= Math.min(last, 0xFFFF); c++) {
                bmp[c] = (char) (firstGlyph + c - first);
            }
            if (last >= 0x10000) {
                int from = Math.max(first, 0x10000);
                start[n] = from;
                end[n] = last;
                glyph[n] = firstGlyph + from - first;
                n++;
            }
        }
        return new CharacterMap(bmp, Arrays.copyOf(start, n), Arrays.copyOf(end, n), Arrays.copyOf(glyph, n));
    }
}
