package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A CFF DICT (Top, Font or Private): each operator with where its operands lie, so a subset copies an entry's
 * bytes as they are and rewrites only the offsets it moves. Escaped operators (12 x) are numbered 1200 + x.
 */
final class CffDict {

    static final int CHARSET = 15;
    static final int ENCODING = 16;
    static final int CHAR_STRINGS = 17;
    static final int PRIVATE = 18;
    static final int SUBRS = 19;
    static final int UNIQUE_ID = 13;
    static final int XUID = 14;
    static final int ROS = 1230;
    static final int CID_COUNT = 1234;
    static final int UID_BASE = 1235;
    static final int FD_ARRAY = 1236;
    static final int FD_SELECT = 1237;

    /** One entry: its operator and its operand bytes in the CFF ({@code from} to {@code to}). */
    record Entry(int operator, int from, int to, double[] operands) {}

    private final List<Entry> entries;

    private CffDict(List<Entry> entries) { this.entries = entries; }

    List<Entry> entries() { return entries; }

    static CffDict read(ByteBuffer cff, int from, int to) {
        List<Entry> entries = new ArrayList<>();
        List<Double> operands = new ArrayList<>();
        int operandsFrom = from;
        int at = from;
        while (at < to) {
            int b0 = Byte.toUnsignedInt(cff.get(at));
            if (b0 <= 21) {
                int operator = b0;
                int next = at + 1;
                if (b0 == 12) {
                    operator = 1200 + Byte.toUnsignedInt(cff.get(at + 1));
                    next = at + 2;
                }
                double[] values = new double[operands.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = operands.get(i);
                }
                entries.add(new Entry(operator, operandsFrom, at, values));
                operands.clear();
                at = next;
                operandsFrom = at;
            } else if (b0 == 30) {
                int[] end = {at + 1};
                operands.add(real(cff, end));
                at = end[0];
            } else {
                operands.add((double) integer(cff, at));
                at += integerLength(b0);
            }
        }
        return new CffDict(entries);
    }

    Entry find(int operator) {
        for (Entry e : entries) {
            if (e.operator() == operator) {
                return e;
            }
        }
        return null;
    }

    /** Operand {@code index} of the operator as an int; {@code fallback} when the operator or operand is absent. */
    int integer(int operator, int index, int fallback) {
        Entry e = find(operator);
        return e == null || e.operands().length <= index ? fallback : (int) e.operands()[index];
    }

    static int integerLength(int b0) {
        if (b0 >= 32 && b0 <= 246) {
            return 1;
        }
        if (b0 >= 247 && b0 <= 254) {
            return 2;
        }
        if (b0 == 28) {
            return 3;
        }
        if (b0 == 29) {
            return 5;
        }
        throw new IllegalArgumentException("not a CFF DICT number: " + b0);
    }

    static int integer(ByteBuffer cff, int at) {
        int b0 = Byte.toUnsignedInt(cff.get(at));
        if (b0 >= 32 && b0 <= 246) {
            return b0 - 139;
        }
        if (b0 >= 247 && b0 <= 250) {
            return (b0 - 247) * 256 + Byte.toUnsignedInt(cff.get(at + 1)) + 108;
        }
        if (b0 >= 251 && b0 <= 254) {
            return -(b0 - 251) * 256 - Byte.toUnsignedInt(cff.get(at + 1)) - 108;
        }
        if (b0 == 28) {
            return cff.getShort(at + 1);
        }
        if (b0 == 29) {
            return cff.getInt(at + 1);
        }
        throw new IllegalArgumentException("not a CFF DICT number: " + b0);
    }

    private static double real(ByteBuffer cff, int[] at) {
        StringBuilder s = new StringBuilder();
        while (true) {
            int b = Byte.toUnsignedInt(cff.get(at[0]++));
            for (int nibble : new int[] {b >> 4, b & 0xF}) {
                switch (nibble) {
                    case 0xA -> s.append('.');
                    case 0xB -> s.append('E');
                    case 0xC -> s.append("E-");
                    case 0xE -> s.append('-');
                    case 0xF -> {
                        return s.isEmpty() ? 0 : Double.parseDouble(s.toString());
                    }
                    case 0xD -> { }
                    default -> s.append((char) ('0' + nibble));
                }
            }
        }
    }
}
