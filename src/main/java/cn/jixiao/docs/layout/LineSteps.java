package cn.jixiao.docs.layout;

import java.util.Arrays;

/**
 * A paragraph's line count as a step function of the text width — {@code counts[i]} lines from {@code widths[i]}
 * on — found once with a few binary searches on the measured paragraph, so that the column search can ask
 * thousands of times. A paragraph of many lines (a whole page of text in one cell) is estimated from its length
 * instead: there the exact count matters less than the time, and the real layout breaks it exactly afterwards.
 */
final class LineSteps {

    /** Up to this many lines at its narrowest, a paragraph's steps are found exactly. */
    private static final int EXACT_LINES = 8;
    static final float PRECISION = 0.125f;

    private final MeasuredParagraph paragraph;
    final float pitch;
    private final float natural;
    /** Strictly increasing; null when the count is estimated. */
    private final float[] widths;
    private final int[] counts;

    LineSteps(MeasuredParagraph p) {
        this.paragraph = p;
        this.pitch = p.style.pitch();
        this.natural = p.maxContentWidth();
        float w = Math.max(1, p.minContentWidth());
        int lines = p.lineCount(w);
        if (lines > EXACT_LINES) {
            widths = null;
            counts = null;
            return;
        }
        // Each step takes at least one line off, so there are at most as many steps as lines at the narrowest.
        float[] ws = new float[lines];
        int[] ns = new int[lines];
        int size = 0;
        ws[size] = w;
        ns[size++] = lines;
        int floor = p.lineCount(natural + PRECISION);
        while (lines > floor) {
            float lo = w;
            float hi = natural + PRECISION;
            while (hi - lo > PRECISION) {
                float mid = (lo + hi) / 2;
                if (p.lineCount(mid) < lines) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            w = hi;
            lines = p.lineCount(w);
            ws[size] = w;
            ns[size++] = lines;
        }
        widths = Arrays.copyOf(ws, size);
        counts = Arrays.copyOf(ns, size);
    }

    int lines(float width) {
        if (widths == null) {
            return estimate(width);
        }
        int at = lastAtOrBelow(width);
        return at < 0 ? paragraph.lineCount(Math.max(1, width)) : counts[at];
    }

    private int estimate(float width) {
        return Math.max(1, (int) Math.ceil(natural / Math.max(1, width)));
    }

    /** The smallest width above {@code width} with fewer lines; +infinity if none. */
    float next(float width) {
        if (widths == null) {
            int lines = lines(width);
            return lines <= 1 ? Float.POSITIVE_INFINITY : natural / (lines - 1) + PRECISION;
        }
        int at = lastAtOrBelow(width) + 1;
        return at < widths.length ? widths[at] : Float.POSITIVE_INFINITY;
    }

    /** The smallest width at which the count is what it is at {@code width}. */
    float sameFrom(float width) {
        if (widths == null) {
            int n = estimate(width);
            return smallestWidth(w -> estimate(w) <= n, natural / n, width);
        }
        int at = lastAtOrBelow(width);
        // Below the first step the count is measured: only this width is known to give it.
        return at < 0 ? width : widths[at];
    }

    /** The smallest width above {@code width} at which the count may differ from the one at {@code width}. */
    float sameUntil(float width) {
        if (widths == null) {
            int n = estimate(width);
            return n == 1 ? Float.POSITIVE_INFINITY
                    : smallestWidth(w -> estimate(w) < n, natural / (n - 1), Math.nextUp(width));
        }
        int at = lastAtOrBelow(width);
        if (at < 0) {
            return Math.nextUp(width);
        }
        return at + 1 < widths.length ? widths[at + 1] : Float.POSITIVE_INFINITY;
    }

    /**
     * The smallest width at which {@code reached}, which holds from some width on, holds: searched to the bit
     * from {@code guess}, which float division puts within an ulp or two. {@code fallback}, a width on the safe
     * side, if it is not found within a few ulps.
     */
    private static float smallestWidth(WidthTest reached, float guess, float fallback) {
        float w = guess;
        for (int i = 0; i < 16; i++) {
            boolean here = reached.test(w);
            boolean below = reached.test(Math.nextDown(w));
            if (here && !below) {
                return w;
            }
            w = here ? Math.nextDown(w) : Math.nextUp(w);
        }
        return fallback;
    }

    private interface WidthTest {
        boolean test(float width);
    }

    /** A paragraph has a handful of steps: a scan beats a binary search. */
    private int lastAtOrBelow(float width) {
        int at = -1;
        while (at + 1 < widths.length && widths[at + 1] <= width) {
            at++;
        }
        return at;
    }
}
