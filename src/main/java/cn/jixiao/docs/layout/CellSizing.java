package cn.jixiao.docs.layout;

import java.util.ArrayList;
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
    private final List<LineSteps> paragraphs = new ArrayList<>();
    /** The last two widths asked about, newest first. */
    private Answer last = Answer.NONE;
    private Answer before = Answer.NONE;

    private record Answer(float width, ColumnWidths.Fit fit) {
        static final Answer NONE = new Answer(Float.NaN, null);
    }

    CellSizing(int row, int lastRow, int firstColumn, int lastColumn, List<MeasuredParagraph> content, float padding) {
        this.row = row;
        this.lastRow = lastRow;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
        this.padding = padding;
        float min = 0;
        for (MeasuredParagraph p : content) {
            min = Math.max(min, p.minContentWidth());
            paragraphs.add(p.steps());
        }
        this.minWidth = min + 2 * padding;
    }

    @Override public int row() { return row; }

    @Override public int lastRow() { return lastRow; }

    @Override public int firstColumn() { return firstColumn; }

    @Override public int lastColumn() { return lastColumn; }

    @Override public float minWidth() { return minWidth; }

    @Override
    public ColumnWidths.Fit fit(float width) {
        return measure(width).fit();
    }

    /**
     * The search asks about the same widths again and again: it tries a widening, takes it back, tries the next.
     * So the last two answers are kept.
     */
    private Answer measure(float width) {
        if (width == last.width()) {
            return last;
        }
        Answer older = before;
        before = last;
        if (width == older.width()) {
            last = older;
            return last;
        }
        float h = 0;
        int n = 0;
        for (LineSteps s : paragraphs) {
            int lines = s.lines(width - 2 * padding);
            n += lines;
            h += lines * s.pitch;
        }
        last = new Answer(width, ColumnWidths.Fit.of(n, h));
        return last;
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
