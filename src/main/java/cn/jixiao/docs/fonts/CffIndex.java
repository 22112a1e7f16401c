package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;

/** A CFF INDEX (a counted array of byte strings) read in place: offsets are looked up when an item is asked for. */
final class CffIndex {

    private final ByteBuffer cff;
    private final int start;
    private final int count;
    private final int offSize;
    private final int offsets;
    private final int dataBase;

    CffIndex(ByteBuffer cff, int start) {
        this.cff = cff;
        this.start = start;
        this.count = Short.toUnsignedInt(cff.getShort(start));
        this.offSize = count == 0 ? 0 : Byte.toUnsignedInt(cff.get(start + 2));
        if (count > 0 && (offSize < 1 || offSize > 4)) {
            throw new IllegalArgumentException("CFF INDEX at " + start + " has offset size " + offSize);
        }
        this.offsets = start + 3;
        this.dataBase = offsets + (count + 1) * offSize - 1;
    }

    int count() { return count; }

    /** Where item i begins in the CFF. */
    int start(int i) { return dataBase + offset(i); }

    int end(int i) { return dataBase + offset(i + 1); }

    /** Where the INDEX begins and ends in the CFF, for copying it whole. */
    int first() { return start; }

    int limit() { return count == 0 ? start + 2 : end(count - 1); }

    private int offset(int i) {
        if (i < 0 || i > count) {
            throw new IllegalArgumentException("CFF INDEX item " + i + " of " + count);
        }
        int at = offsets + i * offSize;
        int v = 0;
        for (int k = 0; k < offSize; k++) {
            v = v << 8 | Byte.toUnsignedInt(cff.get(at + k));
        }
        return v;
    }
}
