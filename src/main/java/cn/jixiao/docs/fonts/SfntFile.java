package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The table directory of one face of a TrueType or OpenType file, or of a collection (.ttc): where each table lies.
 * Reads only the directory; every table is a read-only view into the file's bytes, read with absolute offsets so
 * one file serves every thread.
 */
final class SfntFile {

    static final int TTC = tag("ttcf");
    static final int OTTO = tag("OTTO");

    private final ByteBuffer file;
    private final int version;
    private final boolean cff;
    private final int[] tags;
    private final int[] offsets;
    private final int[] lengths;

    private SfntFile(ByteBuffer file, int version, int[] tags, int[] offsets, int[] lengths) {
        this.file = file;
        this.version = version;
        this.cff = version == OTTO;
        this.tags = tags;
        this.offsets = offsets;
        this.lengths = lengths;
    }

    static SfntFile read(ByteBuffer file, int face) {
        int at = 0;
        if (file.getInt(0) == TTC) {
            int faces = file.getInt(8);
            if (face < 0 || face >= faces) {
                throw new IllegalArgumentException("the collection has " + faces + " faces, not face " + face);
            }
            at = file.getInt(12 + 4 * face);
        } else if (face != 0) {
            throw new IllegalArgumentException("face " + face + " asked of a file that is no collection");
        }
        int version = file.getInt(at);
        if (version != 0x00010000 && version != OTTO && version != tag("true")) {
            throw new IllegalArgumentException("not a TrueType or OpenType font");
        }
        int count = Short.toUnsignedInt(file.getShort(at + 4));
        int[] tags = new int[count];
        int[] offsets = new int[count];
        int[] lengths = new int[count];
        for (int i = 0; i < count; i++) {
            int record = at + 12 + 16 * i;
            tags[i] = file.getInt(record);
            offsets[i] = file.getInt(record + 8);
            lengths[i] = file.getInt(record + 12);
            if (offsets[i] < 0 || lengths[i] < 0 || (long) offsets[i] + lengths[i] > file.capacity()) {
                throw new IllegalArgumentException("table " + name(tags[i]) + " lies outside the file");
            }
        }
        return new SfntFile(file, version, tags, offsets, lengths);
    }

    /** The sfnt version tag, which a file written from these tables keeps. */
    int version() { return version; }

    /** Every table, copied. */
    List<SfntWriter.Table> tables() {
        List<SfntWriter.Table> out = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            byte[] data = new byte[lengths[i]];
            file.get(offsets[i], data);
            out.add(new SfntWriter.Table(tags[i], data));
        }
        return out;
    }

    /** Whether the outlines are CFF ('OTTO'), not TrueType 'glyf'. */
    boolean cff() { return cff; }

    /** The table, positioned at 0 and as long as the table; null when the face has none. */
    ByteBuffer table(int tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == tag) {
                return file.slice(offsets[i], lengths[i]);
            }
        }
        return null;
    }

    ByteBuffer required(int tag) {
        ByteBuffer t = table(tag);
        if (t == null) {
            throw new IllegalArgumentException("the font has no '" + name(tag) + "' table");
        }
        return t;
    }

    static int tag(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }

    private static String name(int tag) {
        return new String(new char[] {(char) (tag >>> 24), (char) (tag >>> 16 & 0xFF), (char) (tag >>> 8 & 0xFF),
                (char) (tag & 0xFF)});
    }
}
