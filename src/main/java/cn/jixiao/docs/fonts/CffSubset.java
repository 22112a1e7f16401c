package cn.jixiao.docs.fonts;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Writes a CID-keyed CFF of some glyphs of a face, numbered as the caller lists them: glyph i has CID i (the
 * charset is one range), so a PDF's codes are the glyph numbers. Charstrings are copied as they are, but for the
 * numbers of the subroutines they call: only the subroutines those glyphs reach are kept, renumbered, with the
 * Font DICTs they are drawn with. Top, Font and Private DICT entries are copied but for the offsets it moves.
 */
final class CffSubset {

    private static final int OFFSET_SIZE = 5;

    private final CffOutlines font;
    private final int[] glyphs;
    private final int[] fdOfGlyph;
    private final int[] usedFds;
    private final CharStringCalls calls;
    private final int[] globalMap;
    private final int[][] localMaps;
    private final int globalBias;
    private final int[] localBias;
    /** The positions of the subroutine numbers to rewrite, ascending. */
    private final int[] callPositions;

    CffSubset(CffOutlines font, int[] glyphs) {
        this.font = font;
        this.glyphs = glyphs;
        int fdCount = font.fontDicts.size();
        fdOfGlyph = new int[glyphs.length];
        BitSet fds = new BitSet();
        calls = new CharStringCalls(font.cff, font.globalSubrs, fdCount);
        for (int i = 0; i < glyphs.length; i++) {
            int fd = font.fontDictOf(glyphs[i]);
            if (fd >= fdCount) {
                throw new IllegalArgumentException("glyph " + glyphs[i] + " names Font DICT " + fd + " of " + fdCount);
            }
            fdOfGlyph[i] = fd;
            fds.set(fd);
            // A charstring can only call subroutines its font has; Fandol has none, and following its
            // charstrings was a tenth of the PDF writer's time.
            if (hasEntries(font.globalSubrs) || hasEntries(locals(fd))) {
                calls.glyph(font.charStrings.start(glyphs[i]), font.charStrings.end(glyphs[i]), locals(fd), fd);
            }
        }
        usedFds = fds.stream().toArray();
        globalMap = renumber(font.globalSubrs, calls.usedGlobal, calls.allGlobal);
        globalBias = CharStringCalls.bias(kept(globalMap));
        localMaps = new int[fdCount][];
        localBias = new int[fdCount];
        for (int fd : usedFds) {
            localMaps[fd] = renumber(locals(fd), calls.usedLocal[fd], calls.allLocal[fd]);
            localBias[fd] = CharStringCalls.bias(kept(localMaps[fd]));
        }
        callPositions = calls.calls.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static boolean hasEntries(CffIndex index) {
        return index != null && index.count() > 0;
    }

    private static int kept(int[] map) {
        int n = 0;
        for (int m : map) {
            n += m >= 0 ? 1 : 0;
        }
        return n;
    }

    private CffIndex locals(int fd) { return font.fontDicts.get(fd).privateDict().subrs(); }

    /** Old subroutine number to new, -1 where it is dropped; every one kept as it is when all are needed. */
    private static int[] renumber(CffIndex subrs, BitSet used, boolean all) {
        int count = subrs == null ? 0 : subrs.count();
        int[] map = new int[count];
        int next = 0;
        for (int i = 0; i < count; i++) {
            map[i] = all || used.get(i) ? next++ : -1;
        }
        return map;
    }

    FontProgram write() {
        int[] newFd = new int[font.fontDicts.size()];
        for (int i = 0; i < usedFds.length; i++) {
            newFd[usedFds[i]] = i;
        }
        List<byte[]> strings = new ArrayList<>();
        for (int i = 0; i < font.strings.count(); i++) {
            strings.add(bytes(font.strings.start(i), font.strings.end(i)));
        }
        int firstNewString = 391 + strings.size();
        if (!font.cidKeyed) {
            strings.add("Adobe".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            strings.add("Identity".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        byte[] names = bytes(font.names.first(), font.names.limit());
        byte[] stringIndex = index(strings);
        byte[] globalIndex = index(subrs(font.globalSubrs, globalMap));
        byte[] charset = glyphs.length > 1
                ? new byte[] {2, 0, 1, (byte) ((glyphs.length - 2) >> 8), (byte) (glyphs.length - 2)}
                : new byte[] {0};
        byte[] fdSelect = fdSelect(newFd);
        // The charstrings are most of the program: each is copied once, from the face into the program, but for
        // those whose subroutine numbers change.
        byte[][] rewritten = new byte[glyphs.length][];
        int[] charStringLengths = new int[glyphs.length];
        for (int i = 0; i < glyphs.length; i++) {
            int from = font.charStrings.start(glyphs[i]);
            int to = font.charStrings.end(glyphs[i]);
            rewritten[i] = callsWithin(from, to) ? rewrite(from, to) : null;
            charStringLengths[i] = rewritten[i] == null ? to - from : rewritten[i].length;
        }
        List<byte[]> privates = new ArrayList<>();
        List<byte[]> localIndexes = new ArrayList<>();
        for (int fd : usedFds) {
            CffOutlines.Private p = font.fontDicts.get(fd).privateDict();
            List<byte[]> locals = subrs(p.subrs(), localMaps[fd]);
            localIndexes.add(locals.isEmpty() ? new byte[0] : index(locals));
            privates.add(privateDict(p.dict(), !locals.isEmpty()));
        }
        int topSize = topDict(firstNewString, 0, 0, 0, 0).length;
        int charsetAt = 4 + names.length + index(List.of(new byte[topSize])).length + stringIndex.length
                + globalIndex.length;
        int fdSelectAt = charsetAt + charset.length;
        int charStringsAt = fdSelectAt + fdSelect.length;
        int fdArrayAt = charStringsAt + indexSize(charStringLengths);
        int[] privateAt = new int[usedFds.length];
        int at = fdArrayAt + index(fontDicts(privates, new int[usedFds.length])).length;
        for (int i = 0; i < usedFds.length; i++) {
            privateAt[i] = at;
            at += privates.get(i).length + localIndexes.get(i).length;
        }
        Program out = new Program(at);
        out.put(new byte[] {1, 0, 4, 4});
        out.put(names);
        out.put(index(List.of(topDict(firstNewString, charsetAt, fdSelectAt, charStringsAt, fdArrayAt))));
        out.put(stringIndex);
        out.put(globalIndex);
        out.put(charset);
        out.put(fdSelect);
        int[] starts = charStringIndex(out, charStringLengths, rewritten);
        out.put(index(fontDicts(privates, privateAt)));
        for (int i = 0; i < usedFds.length; i++) {
            out.put(privates.get(i));
            out.put(localIndexes.get(i));
        }
        return new FontProgram(out.bytes, glyphs, callPositions.length == 0 ? starts : null);
    }

    /** The program being written, whose size is known before its first byte. */
    private static final class Program {
        final byte[] bytes;
        int size;

        Program(int size) { bytes = new byte[size]; }

        void put(byte[] b) {
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }
    }

    /**
     * The CharStrings INDEX, written straight into the program. Returns where each charstring starts there, and
     * where the last ends.
     */
    private int[] charStringIndex(Program out, int[] lengths, byte[][] rewritten) {
        byte[] b = out.bytes;
        int at = indexHeader(b, out.size, lengths);
        int[] starts = new int[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            starts[i] = at;
            if (rewritten[i] == null) {
                font.cff.get(font.charStrings.start(glyphs[i]), b, at, lengths[i]);
            } else {
                System.arraycopy(rewritten[i], 0, b, at, lengths[i]);
            }
            at += lengths[i];
        }
        starts[lengths.length] = at;
        out.size = at;
        return starts;
    }

    private byte[] topDict(int firstNewString, int charset, int fdSelect, int charStrings, int fdArray) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        CffDict.Entry ros = font.top.find(CffDict.ROS);
        if (ros != null) {
            copy(d, ros);
        } else {
            integer(d, firstNewString);
            integer(d, firstNewString + 1);
            integer(d, 0);
            operator(d, CffDict.ROS);
        }
        for (CffDict.Entry e : font.top.entries()) {
            switch (e.operator()) {
                case CffDict.ROS, CffDict.CHARSET, CffDict.ENCODING, CffDict.CHAR_STRINGS, CffDict.PRIVATE,
                        CffDict.FD_ARRAY, CffDict.FD_SELECT, CffDict.CID_COUNT, CffDict.UID_BASE, CffDict.UNIQUE_ID,
                        CffDict.XUID -> { }
                default -> copy(d, e);
            }
        }
        offset(d, glyphs.length, CffDict.CID_COUNT);
        offset(d, charset, CffDict.CHARSET);
        offset(d, fdSelect, CffDict.FD_SELECT);
        offset(d, charStrings, CffDict.CHAR_STRINGS);
        offset(d, fdArray, CffDict.FD_ARRAY);
        return d.toByteArray();
    }

    private List<byte[]> fontDicts(List<byte[]> privates, int[] privateAt) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < usedFds.length; i++) {
            ByteArrayOutputStream d = new ByteArrayOutputStream();
            CffDict fd = font.fontDicts.get(usedFds[i]).dict();
            if (fd != null) {
                for (CffDict.Entry e : fd.entries()) {
                    if (e.operator() != CffDict.PRIVATE) {
                        copy(d, e);
                    }
                }
            }
            fixed(d, privates.get(i).length);
            offset(d, privateAt[i], CffDict.PRIVATE);
            out.add(d.toByteArray());
        }
        return out;
    }

    /** A Private DICT whose local subroutines, when it keeps any, follow it directly. */
    private byte[] privateDict(CffDict p, boolean hasSubrs) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        for (CffDict.Entry e : p.entries()) {
            if (e.operator() != CffDict.SUBRS) {
                copy(d, e);
            }
        }
        if (hasSubrs) {
            offset(d, d.size() + OFFSET_SIZE + 1, CffDict.SUBRS);
        }
        return d.toByteArray();
    }

    private byte[] fdSelect(int[] newFd) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < glyphs.length; i++) {
            int fd = newFd[fdOfGlyph[i]];
            if (ranges.isEmpty() || ranges.get(ranges.size() - 1)[1] != fd) {
                ranges.add(new int[] {i, fd});
            }
        }
        d.write(3);
        short16(d, ranges.size());
        for (int[] r : ranges) {
            short16(d, r[0]);
            d.write(r[1]);
        }
        short16(d, glyphs.length);
        return d.toByteArray();
    }

    /** The kept subroutines, in their new order. */
    private List<byte[]> subrs(CffIndex index, int[] map) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0) {
                out.add(rewrite(index.start(i), index.end(i)));
            }
        }
        return out;
    }

    /** Whether bytes from..to of the CFF call a subroutine. */
    private boolean callsWithin(int from, int to) {
        int i = firstCallFrom(from);
        return i < callPositions.length && callPositions[i] < to;
    }

    private int firstCallFrom(int from) {
        int i = Arrays.binarySearch(callPositions, from);
        return i < 0 ? -i - 1 : i;
    }

    /** A charstring's bytes with each subroutine number it writes renumbered. */
    private byte[] rewrite(int from, int to) {
        int i = firstCallFrom(from);
        if (i == callPositions.length || callPositions[i] >= to) {
            return bytes(from, to);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + 8);
        int at = from;
        for (; i < callPositions.length && callPositions[i] < to; i++) {
            int p = callPositions[i];
            CharStringCalls.Call call = calls.calls.get(p);
            out.writeBytes(bytes(at, p));
            charStringNumber(out, call.global() ? globalMap[call.subr()] - globalBias
                    : localMaps[call.fontDict()][call.subr()] - localBias[call.fontDict()]);
            at = p + call.length();
        }
        out.writeBytes(bytes(at, to));
        return out.toByteArray();
    }

    private byte[] bytes(int from, int to) {
        byte[] b = new byte[to - from];
        font.cff.get(from, b);
        return b;
    }

    private void copy(ByteArrayOutputStream d, CffDict.Entry e) {
        d.writeBytes(bytes(e.from(), e.to()));
        operator(d, e.operator());
    }

    private static void operator(ByteArrayOutputStream d, int op) {
        if (op >= 1200) {
            d.write(12);
            d.write(op - 1200);
        } else {
            d.write(op);
        }
    }

    /** A DICT integer in its five-byte form, so an offset takes the same room whatever its value. */
    private static void fixed(ByteArrayOutputStream d, int v) {
        d.write(29);
        d.write(v >>> 24);
        d.write(v >>> 16);
        d.write(v >>> 8);
        d.write(v);
    }

    private static void offset(ByteArrayOutputStream d, int v, int op) {
        fixed(d, v);
        operator(d, op);
    }

    private static void integer(ByteArrayOutputStream d, int v) {
        if (v >= -107 && v <= 107) {
            d.write(v + 139);
        } else {
            fixed(d, v);
        }
    }

    private static void charStringNumber(ByteArrayOutputStream d, int v) {
        if (v >= -107 && v <= 107) {
            d.write(v + 139);
        } else if (v >= 108 && v <= 1131) {
            d.write(247 + (v - 108) / 256);
            d.write((v - 108) % 256);
        } else if (v >= -1131 && v <= -108) {
            d.write(251 + (-v - 108) / 256);
            d.write((-v - 108) % 256);
        } else {
            d.write(28);
            short16(d, v);
        }
    }

    private static void short16(ByteArrayOutputStream d, int v) {
        d.write(v >>> 8);
        d.write(v);
    }

    /** The size of an INDEX of items of these lengths (at least one). */
    private static int indexSize(int[] lengths) {
        int data = sum(lengths);
        return 3 + (lengths.length + 1) * offSize(data) + data;
    }

    /**
     * Writes an INDEX's count, offset size and offsets for items of these lengths at {@code at}; returns where its
     * data starts. Both the CharStrings INDEX, written in place, and the small ones share it.
     */
    private static int indexHeader(byte[] b, int at, int[] lengths) {
        int offSize = offSize(sum(lengths));
        b[at++] = (byte) (lengths.length >>> 8);
        b[at++] = (byte) lengths.length;
        b[at++] = (byte) offSize;
        int offset = 1;
        for (int i = 0; i <= lengths.length; i++) {
            for (int k = offSize - 1; k >= 0; k--) {
                b[at++] = (byte) (offset >>> (8 * k));
            }
            if (i < lengths.length) {
                offset += lengths[i];
            }
        }
        return at;
    }

    private static int offSize(int data) {
        return data + 1 < 1 << 8 ? 1 : data + 1 < 1 << 16 ? 2 : data + 1 < 1 << 24 ? 3 : 4;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    static byte[] index(List<byte[]> items) {
        if (items.isEmpty()) {
            return new byte[] {0, 0};
        }
        int[] lengths = items.stream().mapToInt(b -> b.length).toArray();
        byte[] b = new byte[indexSize(lengths)];
        int at = indexHeader(b, 0, lengths);
        for (byte[] item : items) {
            System.arraycopy(item, 0, b, at, item.length);
            at += item.length;
        }
        return b;
    }
}
