package cn.jixiao.docs.layout;

import java.util.List;

/**
 * How tall one table cell is at any width, from its paragraphs' {@link LineSteps}. Not thread-safe: one table's
 * search uses it.
 */
final class CellSizing implements ColumnWidths.Sizing {

    private final int row;
    private final int lastRow;
    private final int firstColumn;
    private final int lastColumn;
    private final float padding;
    private final float minWidth;
    private final LineSteps[] paragraphs;
    private ColumnWidths.Fit last;

    CellSizing(int row, int lastRow, int firstColumn, int lastColumn, List<MeasuredParagraph> content, float padding) {
        this.row = row;
        this.lastRow = lastRow;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
        this.padding = padding;
        float min = 0;
        paragraphs = new LineSteps[content.size()];
        for (int i = 0; i < paragraphs.length; i++) {
            min = Math.max(min, content.get(i).minContentWidth());
            paragraphs[i] = content.get(i).steps();
        }
        this.minWidth = min + 2 * padding;
    }

    @Override public int row() { return row; }

    @Override public int lastRow() { return lastRow; }

    @Override public int firstColumn() { return firstColumn; }

    @Override public int lastColumn() { return lastColumn; }

    @Override public float minWidth() { return minWidth; }

    /**
     * The search asks thousands of times, mostly at widths where the lines stay what they were: the fit last
     * made is given again when it is the same, rather than a new one.
     */
    @Override
    public ColumnWidths.Fit fit(float width) {
        float h = 0;
        int n = 0;
        for (LineSteps s : paragraphs) {
            int lines = s.lines(width - 2 * padding);
            n += lines;
            h += lines * s.pitch;
        }
        if (last == null || last.lines() != n || last.height() != h) {
            last = ColumnWidths.Fit.of(n, h);
        }
        return last;
    }

    /**
     * A cell's fit depends only on its text width, {@code width - 2 * padding}, and each paragraph's line count is
     * constant between two of its steps; the range is where the text width stays between the nearest steps of all
     * the paragraphs, turned back into cell widths to the bit.
     */
    @Override
    public ColumnWidths.Unchanged unchanged(float width) {
        float text = width - 2 * padding;
        float from = Float.NEGATIVE_INFINITY;
        float until = Float.POSITIVE_INFINITY;
        for (LineSteps s : paragraphs) {
            from = Math.max(from, s.sameFrom(text));
            until = Math.min(until, s.sameUntil(text));
        }
        return new ColumnWidths.Unchanged(cellWidthFor(from), cellWidthFor(until));
    }

    /** The smallest cell width whose text width is at least {@code text}. */
    private float cellWidthFor(float text) {
        if (Float.isInfinite(text)) {
            return text;
        }
        float w = text + 2 * padding;
        while (w - 2 * padding >= text) {
            w = Math.nextDown(w);
        }
        while (w - 2 * padding < text) {
            w = Math.nextUp(w);
        }
        return w;
    }

    @Override
    public float nextStep(float width, float limit) {
        float best = Float.NaN;
        for (LineSteps s : paragraphs) {
            float next = s.next(width - 2 * padding) + 2 * padding;
            if (next <= limit && (Float.isNaN(best) || next < best)) {
                best = next;
            }
        }
        return best;
    }
}
