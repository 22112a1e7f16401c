package cn.jixiao.docs.pdf;

import cn.jixiao.docs.page.PageLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page's table rules as the strokes to draw: every cell draws its four borders, so neighbours draw their shared
 * border twice and a row's rule comes in one piece per cell. Horizontal and vertical rules of one width on one
 * line are joined where they meet or overlap (to the hundredth of a point the content stream is written in);
 * anything else is drawn as it is.
 */
final class RuleSegments {

    /** A stroke in PDF coordinates (y up), in hundredths of a point. */
    record Stroke(long x1, long y1, long x2, long y2, float width) {}

    private RuleSegments() {}

    static List<Stroke> of(List<PageLayout.Rule> rules, float pageHeight) {
        // Each axis-parallel rule as {width's bits, line, from, to}: sorted by width, line and start, the pieces of
        // one line come together, and the strokes come out in that order.
        List<long[]> horizontal = new ArrayList<>(rules.size());
        List<long[]> vertical = new ArrayList<>(rules.size());
        List<Stroke> out = new ArrayList<>(rules.size());
        for (PageLayout.Rule r : rules) {
            long x1 = hundredths(r.x1());
            long x2 = hundredths(r.x2());
            long y1 = hundredths(pageHeight - r.y1());
            long y2 = hundredths(pageHeight - r.y2());
            if (y1 == y2) {
                horizontal.add(new long[] {Float.floatToIntBits(r.width()), y1, Math.min(x1, x2), Math.max(x1, x2)});
            } else if (x1 == x2) {
                vertical.add(new long[] {Float.floatToIntBits(r.width()), x1, Math.min(y1, y2), Math.max(y1, y2)});
            } else {
                out.add(new Stroke(x1, y1, x2, y2, r.width()));
            }
        }
        for (long[] s : joined(horizontal)) {
            out.add(new Stroke(s[2], s[1], s[3], s[1], Float.intBitsToFloat((int) s[0])));
        }
        for (long[] s : joined(vertical)) {
            out.add(new Stroke(s[1], s[2], s[1], s[3], Float.intBitsToFloat((int) s[0])));
        }
        return out;
    }

    /** Pieces of one width on one line that meet or overlap, made one; in order of width, line and start. */
    private static List<long[]> joined(List<long[]> pieces) {
        List<long[]> out = new ArrayList<>();
        long[] current = null;
        for (long[] p : sorted(pieces)) {
            if (current != null && p[0] == current[0] && p[1] == current[1] && p[2] <= current[3]) {
                current[3] = Math.max(current[3], p[3]);
            } else {
                current = p.clone();
                out.add(current);
            }
        }
        return out;
    }

    private static final int LINE_BITS = 20;
    private static final int INDEX_BITS = 16;
    private static final int WIDTH_BITS = 63 - 2 * LINE_BITS - INDEX_BITS;
    private static final long OFFSET = 1L << (LINE_BITS - 1);

    /**
     * The pieces in order of width, line and start, ties in the order given: a page's hundreds of pieces are
     * sorted as longs packing the width's rank, line, start and position, a tenth of the time of sorting arrays
     * with a comparator. A page whose numbers do not fit the packing (none the layout makes) is sorted that way.
     */
    private static List<long[]> sorted(List<long[]> pieces) {
        // A page's rules come in a width or two: each width's rank is found by a scan.
        long[] widths = pieces.stream().mapToLong(p -> p[0]).distinct().boxed()
                .sorted((a, b) -> Float.compare(Float.intBitsToFloat((int) (long) a), Float.intBitsToFloat((int) (long) b)))
                .mapToLong(Long::longValue).toArray();
        if (widths.length >= 1L << WIDTH_BITS || pieces.size() >= 1 << INDEX_BITS || !packable(pieces)) {
            List<long[]> copy = new ArrayList<>(pieces);
            copy.sort(RuleSegments::compare);
            return copy;
        }
        int[] rank = new int[widths.length];
        for (int i = 1; i < widths.length; i++) {
            boolean same = Float.compare(Float.intBitsToFloat((int) widths[i - 1]), Float.intBitsToFloat((int) widths[i])) == 0;
            rank[i] = same ? rank[i - 1] : rank[i - 1] + 1;
        }
        long[] keys = new long[pieces.size()];
        for (int i = 0; i < keys.length; i++) {
            long[] p = pieces.get(i);
            int w = 0;
            while (widths[w] != p[0]) {
                w++;
            }
            keys[i] = (long) rank[w] << (2 * LINE_BITS + INDEX_BITS) | (p[1] + OFFSET) << (LINE_BITS + INDEX_BITS)
                    | (p[2] + OFFSET) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        List<long[]> out = new ArrayList<>(keys.length);
        for (long key : keys) {
            out.add(pieces.get((int) (key & ((1 << INDEX_BITS) - 1))));
        }
        return out;
    }

    private static boolean packable(List<long[]> pieces) {
        for (long[] p : pieces) {
            if (p[1] < -OFFSET || p[1] >= OFFSET || p[2] < -OFFSET || p[2] >= OFFSET) {
                return false;
            }
        }
        return true;
    }

    private static int compare(long[] a, long[] b) {
        int byWidth = Float.compare(Float.intBitsToFloat((int) a[0]), Float.intBitsToFloat((int) b[0]));
        if (byWidth != 0) {
            return byWidth;
        }
        return a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]);
    }

    /** A coordinate as OpenPDF printed it (two decimals, rounded half up). */
    static long hundredths(double d) {
        return d < 0 ? -(long) ((-d + 0.005) * 100) : (long) ((d + 0.005) * 100);
    }
}
