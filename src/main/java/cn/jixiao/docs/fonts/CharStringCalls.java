package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows Type 2 charstrings through their subroutine calls to find which global and local subroutines some
 * glyphs need, and where each call's subroutine number is written, so a subset can renumber the ones it keeps.
 * It runs only what decides that: the operand stack (for the number a call pops) and the stem count (for the
 * length of hintmask). A call whose number is computed, not written, keeps every subroutine of its kind; so does
 * a local call inside a global subroutine, whose local subroutines depend on the calling glyph's Font DICT.
 */
final class CharStringCalls {

    /** A subroutine number written in a charstring: at {@code position}, {@code length} bytes long. */
    record Call(boolean global, int fontDict, int subr, int length) {}

    private static final int MAX_NESTING = 10;
    private static final int MAX_STACK = 96;

    private final ByteBuffer cff;
    private final CffIndex globals;
    final BitSet usedGlobal = new BitSet();
    final BitSet[] usedLocal;
    final boolean[] allLocal;
    boolean allGlobal;
    /** Where each call's number is written, by its position in the CFF. */
    final Map<Integer, Call> calls = new HashMap<>();

    private final double[] stack = new double[MAX_STACK];
    private final int[] literalAt = new int[MAX_STACK];
    private final int[] literalLength = new int[MAX_STACK];
    private int depth;
    private int stems;

    CharStringCalls(ByteBuffer cff, CffIndex globals, int fontDicts) {
        this.cff = cff;
        this.globals = globals;
        this.usedLocal = new BitSet[fontDicts];
        for (int i = 0; i < fontDicts; i++) {
            usedLocal[i] = new BitSet();
        }
        this.allLocal = new boolean[fontDicts];
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }

    /** Follows one glyph's charstring, {@code from} to {@code to} in the CFF, drawn with Font DICT {@code fd}. */
    void glyph(int from, int to, CffIndex locals, int fd) {
        depth = 0;
        stems = 0;
        run(from, to, locals, fd, 0, false);
    }

    /** Returns true when the glyph ended (endchar, or an operator past which nothing can be followed). */
    private boolean run(int from, int to, CffIndex locals, int fd, int nesting, boolean inGlobal) {
        int at = from;
        while (at < to) {
            int b0 = Byte.toUnsignedInt(cff.get(at));
            if (b0 == 28 || b0 >= 32) {
                at = push(at, b0);
                continue;
            }
            switch (b0) {
                case 1, 3, 18, 23 -> {
                    stems += depth / 2;
                    depth = 0;
                    at++;
                }
                case 19, 20 -> {
                    stems += depth / 2;
                    depth = 0;
                    at += 1 + (stems + 7) / 8;
                }
                case 10, 29 -> {
                    boolean global = b0 == 29;
                    if (!global && inGlobal) {
                        allLocal[fd] = true;
                    }
                    CffIndex subrs = global ? globals : locals;
                    if (depth == 0 || literalAt[depth - 1] < 0 || subrs == null) {
                        keepAll(fd);
                        return true;
                    }
                    depth--;
                    int subr = (int) stack[depth] + bias(subrs.count());
                    if (subr < 0 || subr >= subrs.count() || nesting >= MAX_NESTING) {
                        throw new IllegalArgumentException("a charstring calls subroutine " + subr + " of " + subrs.count());
                    }
                    Call call = new Call(global, global ? -1 : fd, subr, literalLength[depth]);
                    Call before = calls.putIfAbsent(literalAt[depth], call);
                    if (before != null && !before.equals(call)) {
                        // One written number read as two subroutines: renumbering either would break the other.
                        allGlobal = true;
                        java.util.Arrays.fill(allLocal, true);
                    }
                    (global ? usedGlobal : usedLocal[fd]).set(subr);
                    if (run(subrs.start(subr), subrs.end(subr), locals, fd, nesting + 1, inGlobal || global)) {
                        return true;
                    }
                    at++;
                }
                case 11 -> {
                    return false;
                }
                case 14 -> {
                    return true;
                }
                case 12 -> {
                    int b1 = Byte.toUnsignedInt(cff.get(at + 1));
                    if (b1 < 34 || b1 > 37) {
                        // Arithmetic and storage operators: the stack can no longer be followed.
                        keepAll(fd);
                        return true;
                    }
                    depth = 0;
                    at += 2;
                }
                default -> {
                    depth = 0;
                    at++;
                }
            }
        }
        return false;
    }

    /** Past a call that cannot be followed, any subroutine the glyph has access to may be needed. */
    private void keepAll(int fd) {
        allGlobal = true;
        allLocal[fd] = true;
    }

    private int push(int at, int b0) {
        if (depth == MAX_STACK) {
            throw new IllegalArgumentException("a charstring overflows the operand stack");
        }
        int length;
        double value;
        if (b0 == 28) {
            value = cff.getShort(at + 1);
            length = 3;
        } else if (b0 <= 246) {
            value = b0 - 139;
            length = 1;
        } else if (b0 <= 250) {
            value = (b0 - 247) * 256 + Byte.toUnsignedInt(cff.get(at + 1)) + 108;
            length = 2;
        } else if (b0 <= 254) {
            value = -(b0 - 251) * 256 - Byte.toUnsignedInt(cff.get(at + 1)) - 108;
            length = 2;
        } else {
            value = cff.getInt(at + 1) / 65536.0;
            length = 5;
        }
        stack[depth] = value;
        // A 16.16 fixed number is no subroutine number a subset could rewrite.
        literalAt[depth] = b0 == 255 ? -1 : at;
        literalLength[depth] = length;
        depth++;
        return at + length;
    }
}
