package cn.jixiao.docs.pdf;

import cn.jixiao.docs.page.PageLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        // (width, horizontal?, fixed coordinate) → spans along the line, by start
        Map<Float, Map<Long, TreeMap<Long, Long>>> horizontal = new TreeMap<>();
        Map<Float, Map<Long, TreeMap<Long, Long>>> vertical = new TreeMap<>();
        List<Stroke> out = new ArrayList<>();
        for (PageLayout.Rule r : rules) {
            long x1 = hundredths(r.x1());
            long x2 = hundredths(r.x2());
            long y1 = hundredths(pageHeight - r.y1());
            long y2 = hundredths(pageHeight - r.y2());
            if (y1 == y2) {
                add(horizontal, r.width(), y1, Math.min(x1, x2), Math.max(x1, x2));
            } else if (x1 == x2) {
                add(vertical, r.width(), x1, Math.min(y1, y2), Math.max(y1, y2));
            } else {
                out.add(new Stroke(x1, y1, x2, y2, r.width()));
            }
        }
        horizontal.forEach((w, lines) -> lines.forEach((y, spans) -> joined(spans).forEach(
                s -> out.add(new Stroke(s[0], y, s[1], y, w)))));
        vertical.forEach((w, lines) -> lines.forEach((x, spans) -> joined(spans).forEach(
                s -> out.add(new Stroke(x, s[0], x, s[1], w)))));
        return out;
    }

    private static void add(Map<Float, Map<Long, TreeMap<Long, Long>>> lines, float width, long at, long from, long to) {
        TreeMap<Long, Long> spans = lines.computeIfAbsent(width, w -> new TreeMap<>()).computeIfAbsent(at, a -> new TreeMap<>());
        spans.merge(from, to, Math::max);
    }

    private static List<long[]> joined(TreeMap<Long, Long> spans) {
        List<long[]> out = new ArrayList<>();
        long[] current = null;
        for (Map.Entry<Long, Long> s : spans.entrySet()) {
            if (current != null && s.getKey() <= current[1]) {
                current[1] = Math.max(current[1], s.getValue());
            } else {
                current = new long[] {s.getKey(), s.getValue()};
                out.add(current);
            }
        }
        return out;
    }

    /** A coordinate as OpenPDF printed it (two decimals, rounded half up). */
    static long hundredths(double d) {
        return d < 0 ? -(long) ((-d + 0.005) * 100) : (long) ((d + 0.005) * 100);
    }
}
