package cn.jixiao.docs.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How tall one table cell is at any width: each of its paragraphs' line count as a step function of the width,
 * worked out once (a few binary searches on the measured paragraph) so the column search can ask thousands of
 * times. A paragraph of many lines (a whole page of text in one cell) is estimated from its length instead: there
 * the exact count matters less than the time, and the real layout breaks it exactly afterwards. Not thread-safe:
 * one table's search uses it.
 */
final class CellSizing implements ColumnWidths.Sizing {

    /** Up to this many lines at its narrowest, a paragraph's steps are found exactly. */
    private static final int EXACT_LINES = 8;
    private static final float PRECISION = 0.125f;

    private final int row;
    private final int lastRow;
    private final int firstColumn;
    private final int lastColumn;
    private final float padding;
    private final float minWidth;
    private final List<Steps> paragraphs = new ArrayList<>();
    private float lastWidth = Float.NaN;
    private int lastLines;
    private float lastHeight;

    CellSizing(int row, int lastRow, int firstColumn, int lastColumn, List<MeasuredParagraph> content, float padding) {
        this.row = row;
        this.lastRow = lastRow;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
        this.padding = padding;
        float min = 0;
        for (MeasuredParagraph p : content) {
            min = Math.max(min, p.minContentWidth());
            paragraphs.add(new Steps(p));
        }
        this.minWidth = min + 2 * padding;
    }

    @Override public int row() { return row; }

    @Override public int lastRow() { return lastRow; }

    @Override public int firstColumn() { return firstColumn; }

    @Override public int lastColumn() { return lastColumn; }

    @Override public float minWidth() { return minWidth; }

    @Override
    public float height(float width) {
        measure(width);
        return lastHeight;
    }

    @Override
    public int lines(float width) {
        measure(width);
        return lastLines;
    }

    /** The search asks about the same width again and again (only the columns it tries change): keep the last. */
    private void measure(float width) {
        if (width == lastWidth) {
            return;
        }
        float h = 0;
        int n = 0;
        for (Steps s : paragraphs) {
            int lines = s.lines(width - 2 * padding);
            n += lines;
            h += lines * s.pitch;
        }
        lastWidth = width;
        lastLines = n;
        lastHeight = h;
    }

    @Override
    public float nextStep(float width, float limit) {
        float best = Float.NaN;
        for (Steps s : paragraphs) {
            float next = s.next(width - 2 * padding) + 2 * padding;
            if (next <= limit && (Float.isNaN(best) || next < best)) {
                best = next;
            }
        }
        return best;
    }

    /** One paragraph's line count by text width: {@code counts[i]} lines from {@code widths[i]} on. */
    private static final class Steps {
        private final MeasuredParagraph paragraph;
        private final float pitch;
        private final float natural;
        private final float[] widths;
        private final int[] counts;

        Steps(MeasuredParagraph p) {
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
            List<float[]> steps = new ArrayList<>();
            steps.add(new float[] {w, lines});
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
                steps.add(new float[] {w, lines});
            }
            widths = new float[steps.size()];
            counts = new int[steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                widths[i] = steps.get(i)[0];
                counts[i] = (int) steps.get(i)[1];
            }
        }

        int lines(float width) {
            if (widths == null) {
                return Math.max(1, (int) Math.ceil(natural / Math.max(1, width)));
            }
            int i = Arrays.binarySearch(widths, width);
            int at = i >= 0 ? i : -i - 2;
            return at < 0 ? paragraph.lineCount(Math.max(1, width)) : counts[at];
        }

        /** The smallest width above {@code width} with fewer lines; +infinity if none. */
        float next(float width) {
            if (widths == null) {
                int lines = lines(width);
                return lines <= 1 ? Float.POSITIVE_INFINITY : natural / (lines - 1) + PRECISION;
            }
            int i = Arrays.binarySearch(widths, width);
            int at = i >= 0 ? i + 1 : -i - 1;
            return at < widths.length ? widths[at] : Float.POSITIVE_INFINITY;
        }
    }
}
