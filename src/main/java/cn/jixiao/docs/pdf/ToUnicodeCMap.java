package cn.jixiao.docs.pdf;

import java.nio.charset.StandardCharsets;

/** The ToUnicode CMap of a subset: each code to the character it was drawn for, so text extracts as it was written. */
final class ToUnicodeCMap {

    private static final int PER_BLOCK = 100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ToUnicodeCMap() {}

    static byte[] of(FontSubset subset) {
        StringBuilder s = new StringBuilder(64 + 16 * subset.count());
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 1; from < subset.count(); from += PER_BLOCK) {
            int to = Math.min(subset.count(), from + PER_BLOCK);
            s.append(to - from).append(" beginbfchar\n");
            for (int code = from; code < to; code++) {
                s.append('<');
                hex(s, code);
                s.append("> <");
                int cp = subset.codePoint(code);
                if (Character.isBmpCodePoint(cp)) {
                    hex(s, cp);
                } else {
                    hex(s, Character.highSurrogate(cp));
                    hex(s, Character.lowSurrogate(cp));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void hex(StringBuilder s, int v) {
        s.append(HEX[v >> 12 & 0xF]).append(HEX[v >> 8 & 0xF]).append(HEX[v >> 4 & 0xF]).append(HEX[v & 0xF]);
    }
}
