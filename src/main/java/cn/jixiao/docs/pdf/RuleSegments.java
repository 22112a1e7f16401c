package cn.jixiao.docs.pdf;

import cn.jixiao.docs.page.PageLayout;
import java.util.ArrayList;
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
        List<long[]> horizontal = new ArrayList<>();
        List<long[]> vertical = new ArrayList<>();
        List<Stroke> out = new ArrayList<>();
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
        pieces.sort(RuleSegments::compare);
        List<long[]> out = new ArrayList<>();
        long[] current = null;
        for (long[] p : pieces) {
            if (current != null && p[0] == current[0] && p[1] == current[1] && p[2] <= current[3]) {
                current[3] = Math.max(current[3], p[3]);
            } else {
                current = p.clone();
                out.add(current);
            }
        }
        return out;
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
