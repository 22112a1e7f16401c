package cn.jixiao.docs.layout;

import cn.jixiao.docs.model.Document.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses a table's column widths from its content, within the share of the text width the template allows each
 * column. Every column first gets what its widest unbreakable word needs (a project code, an amount, a document
 * number stays on one line), then the rest of the width goes, a step at a time, to the column where it saves the
 * most height per point: a step is the width at which some cell of the column loses a line, or at which all the
 * tallest cells of a row do. The measure of a table is the height of its rows, with an extra cost for every cell
 * of three or more lines, so that width goes first to the cells that would otherwise stand tall beside
 * half-empty neighbours. (Costing every line by its square instead, to unwrap short values, gave more pages and
 * more tall cells on the fixtures.)
 */
final class ColumnWidths {

    /** Below this a width step is rounding noise. */
    private static final float STEP = 0.25f;
    /** Rounds of exchanges after the greedy widening; measured on the fixtures, more find nothing more. */
    private static final int EXCHANGE_ROUNDS = 4;
    /** The extra cost of each line a cell has beyond two, in lines: what a reader notices first. */
    private static final float TALL_CELL_COST = 0.5f;
    /** A tie-breaker: fewer lines in total, even where no row gets shorter. */
    private static final float LINE_COST = 0.01f;

    /** A cell's content at one width: how many lines, how tall, and what its wrapping costs beyond its height. */
    record Fit(int lines, float height, double extra) {
        static Fit of(int lines, float height) {
            float pitch = lines == 0 ? 0 : height / lines;
            return new Fit(lines, height, (TALL_CELL_COST * Math.max(0, lines - 2) + LINE_COST * lines) * pitch);
        }
    }

    /** A cell as the search sees it: the columns it covers, and its content height at a width. */
    interface Sizing {
        int firstColumn();

        int lastColumn();

        int row();

        int lastRow();

        /** The width below which a word of the cell would have to be cut. */
        float minWidth();

        /** The content's lines and height at a width. */
        Fit fit(float width);

        /** The smallest width above {@code width} at which the cell takes fewer lines, or NaN if none below {@code limit}. */
        float nextStep(float width, float limit);

        /** The widths around {@code width} at which {@link #fit} gives what it gives at {@code width}. */
        Unchanged unchanged(float width);
    }

    /** Widths from {@code from} (inclusive) to {@code until} (exclusive). */
    record Unchanged(float from, float until) {
        static final Unchanged NONE = new Unchanged(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);

        boolean holds(float width) {
            return width >= from && width < until;
        }
    }

    private final List<Column> columns;
    private final List<? extends Sizing> cells;
    private final int rows;
    private final float padY;
    /** Per column, the width its cells' widest words need (within the column's maximum). */
    private float[] need;
    // The cells grouped as the search asks for them, each group in table order so that sums come out the same;
    // arrays, since the quick compiler allocates an iterator for every loop over a list, and cost() runs thousands.
    private final Sizing[][] byColumn;
    /** Per row, the positions in {@link #summed} of the cells of that row alone. */
    private final int[][] singleRowByRow;
    /** Every cell in the order cost() sums them: the {@link #singles} single-row cells, then the rest. */
    private final Sizing[] summed;
    /** Where each cell of {@link #summed} sits, read from arrays in the loops that run for every trial. */
    private final int[] firstRow;
    private final int[] lastRow;
    private final int[] firstColumn;
    private final int[] lastColumn;
    private final int singles;
    /** Per column, the positions in {@link #summed} of the cells that cover it. */
    private final int[][] summedByColumn;
    /**
     * Each cell's height and extra cost at the widths last settled on. A trial widening touches a column or two,
     * so it measures only the cells over those columns and sums the rest from here, in the same order, so the
     * cost comes out to the bit what measuring every cell gives.
     */
    private final float[] height;
    private final double[] extra;
    /** Each cell's line count at the settled widths, for the row moves. */
    private final int[] lines;
    /**
     * Each cell's widths about the settled one at which its fit stays the same: most cells a trial widens or
     * narrows keep their lines, and then neither need measuring again nor change the cost.
     */
    private final Unchanged[] unchanged;
    private final float[] rowScratch;
    private final int[] changedCells;
    private final float[] savedHeight;
    private final double[] savedExtra;
    private final boolean[] changed;
    /** The widths last settled on, put back after each trial: adding and taking away a float can leave a trace. */
    private float[] settledWidths;

    private ColumnWidths(List<Column> columns, List<? extends Sizing> cells, int rows, float padY) {
        this.columns = columns;
        this.cells = cells;
        this.rows = rows;
        this.padY = padY;
        List<Sizing> single = new ArrayList<>();
        List<Sizing> multi = new ArrayList<>();
        List<List<Sizing>> inColumn = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            inColumn.add(new ArrayList<>());
        }
        int[] inRow = new int[rows];
        for (Sizing cell : cells) {
            if (cell.row() == cell.lastRow()) {
                single.add(cell);
                inRow[cell.row()]++;
            } else {
                multi.add(cell);
            }
            for (int c = cell.firstColumn(); c <= cell.lastColumn(); c++) {
                inColumn.get(c).add(cell);
            }
        }
        byColumn = inColumn.stream().map(l -> l.toArray(Sizing[]::new)).toArray(Sizing[][]::new);
        singles = single.size();
        singleRowByRow = new int[rows][];
        for (int r = 0; r < rows; r++) {
            singleRowByRow[r] = new int[inRow[r]];
        }
        int[] filled = new int[rows];
        for (int i = 0; i < singles; i++) {
            int r = single.get(i).row();
            singleRowByRow[r][filled[r]++] = i;
        }
        single.addAll(multi);
        summed = single.toArray(Sizing[]::new);
        firstRow = new int[summed.length];
        lastRow = new int[summed.length];
        firstColumn = new int[summed.length];
        lastColumn = new int[summed.length];
        for (int i = 0; i < summed.length; i++) {
            firstRow[i] = summed[i].row();
            lastRow[i] = summed[i].lastRow();
            firstColumn[i] = summed[i].firstColumn();
            lastColumn[i] = summed[i].lastColumn();
        }
        summedByColumn = new int[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            int[] at = new int[summed.length];
            int count = 0;
            for (int i = 0; i < summed.length; i++) {
                if (summed[i].firstColumn() <= c && c <= summed[i].lastColumn()) {
                    at[count++] = i;
                }
            }
            summedByColumn[c] = Arrays.copyOf(at, count);
        }
        height = new float[summed.length];
        extra = new double[summed.length];
        lines = new int[summed.length];
        unchanged = new Unchanged[summed.length];
        Arrays.fill(unchanged, Unchanged.NONE);
        rowScratch = new float[rows];
        changedCells = new int[summed.length];
        savedHeight = new float[summed.length];
        savedExtra = new double[summed.length];
        changed = new boolean[summed.length];
    }

    /** Column widths in points that add up to {@code total}. */
    static float[] choose(List<Column> columns, List<? extends Sizing> cells, int rows, float total, float padY) {
        return new ColumnWidths(columns, cells, rows, padY).choose(total);
    }

    private float[] choose(float total) {
        int n = columns.size();
        float[] lo = new float[n];
        float[] hi = new float[n];
        float[] w = new float[n];
        for (int c = 0; c < n; c++) {
            lo[c] = columns.get(c).min() * total;
            hi[c] = columns.get(c).max() * total;
            w[c] = lo[c];
        }
        fitWords(w, hi);
        need = w.clone();
        shrinkTo(w, lo, total);
        float left = total - sum(w);
        while (left > STEP) {
            float[] best = null;
            double bestRate = 0;
            double current = settle(w);
            for (float[] move : moves(w, hi, left)) {
                float size = sum(move);
                add(w, move, 1);
                double rate = (current - trialCost(w, move, -1)) / size;
                backToSettled(w);
                if (rate > bestRate + 1e-9) {
                    best = move;
                    bestRate = rate;
                }
            }
            if (best == null) {
                break;
            }
            add(w, best, 1);
            left -= sum(best);
        }
        spread(w, hi, total);
        exchange(w, lo, hi);
        return w;
    }

    /**
     * Greedy widening can spend width early that a later, better use needs. A few rounds of exchanges fix the
     * worst of it: widen by one of the moves above, paid for by narrowing the one column where that costs least,
     * while the table gets cheaper.
     */
    private void exchange(float[] w, float[] lo, float[] hi) {
        for (int round = 0; round < EXCHANGE_ROUNDS; round++) {
            double current = settle(w);
            double best = current - 0.5;
            float[] bestMove = null;
            int bestDonor = -1;
            for (float[] move : moves(w, hi, Float.MAX_VALUE)) {
                float size = sum(move);
                for (int d = 0; d < w.length; d++) {
                    if (move[d] > 0 || w[d] - size < Math.max(lo[d], need[d]) - 0.001f) {
                        continue;
                    }
                    add(w, move, 1);
                    w[d] -= size;
                    double c = trialCost(w, move, d);
                    backToSettled(w);
                    if (c < best) {
                        best = c;
                        bestMove = move;
                        bestDonor = d;
                    }
                }
            }
            if (bestMove == null) {
                return;
            }
            add(w, bestMove, 1);
            w[bestDonor] -= sum(bestMove);
        }
    }

    /** Widens columns until every cell's widest word fits (a spanning cell's need is shared out evenly). */
    private void fitWords(float[] w, float[] hi) {
        for (Sizing cell : cells) {
            float have = span(w, cell);
            float need = cell.minWidth();
            if (need > have) {
                int count = cell.lastColumn() - cell.firstColumn() + 1;
                for (int c = cell.firstColumn(); c <= cell.lastColumn(); c++) {
                    w[c] = Math.min(hi[c], w[c] + (need - have) / count);
                }
            }
        }
    }

    /** Takes back width, above each column's minimum and in proportion to it, until the table fits. */
    private static void shrinkTo(float[] w, float[] lo, float total) {
        float over = sum(w) - total;
        if (over <= 0) {
            return;
        }
        float spare = 0;
        for (int c = 0; c < w.length; c++) {
            spare += w[c] - lo[c];
        }
        for (int c = 0; c < w.length; c++) {
            w[c] -= spare > over ? (w[c] - lo[c]) * over / spare : w[c] - lo[c];
        }
        float scale = total / sum(w);
        if (scale < 1) {
            for (int c = 0; c < w.length; c++) {
                w[c] *= scale;
            }
        }
    }

    /** Width nobody needs goes to every column in proportion to its width, as far as its maximum allows. */
    private static void spread(float[] w, float[] hi, float total) {
        for (int round = 0; round < w.length && total - sum(w) > 0.001f; round++) {
            float left = total - sum(w);
            float open = 0;
            for (int c = 0; c < w.length; c++) {
                open += w[c] < hi[c] ? w[c] : 0;
            }
            if (open == 0) {
                break;
            }
            for (int c = 0; c < w.length; c++) {
                if (w[c] < hi[c]) {
                    w[c] = Math.min(hi[c], w[c] + left * w[c] / open);
                }
            }
        }
        float left = total - sum(w);
        if (left > 0.001f) {
            // Every column is at its maximum: the template allows less than the text width; widen all alike.
            for (int c = 0; c < w.length; c++) {
                w[c] += left / w.length;
            }
        }
    }

    /**
     * The widenings worth trying: each column by the smallest step that takes a line off one of its cells, and,
     * for each row, every column by what the row's tallest cells need to lose a line together (a row of two
     * wrapped cells gets no shorter when only one of them widens).
     */
    private List<float[]> moves(float[] w, float[] hi, float left) {
        List<float[]> moves = new ArrayList<>();
        for (int c = 0; c < w.length; c++) {
            float step = step(w, c, Math.min(left, hi[c] - w[c]));
            if (!Float.isNaN(step)) {
                float[] move = new float[w.length];
                move[c] = step;
                moves.add(move);
            }
        }
        for (int r = 0; r < rows; r++) {
            float[] move = rowMove(w, hi, r);
            if (move != null && sum(move) <= left && sum(move) > STEP && !contains(moves, move)) {
                moves.add(move);
            }
        }
        return moves;
    }

    /**
     * Rows often ask for a widening a column or another row already did (a tenth of all trials on the 64-project
     * fixture); the first of equal moves is the one chosen, so leaving out the others changes nothing.
     */
    private static boolean contains(List<float[]> moves, float[] move) {
        for (float[] m : moves) {
            if (Arrays.equals(m, move)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every column of row r must gain for the row's tallest cells to lose a line; null if they cannot. At the
     * settled widths, whose line counts it reads.
     */
    private float[] rowMove(float[] w, float[] hi, int r) {
        int[] row = singleRowByRow[r];
        int tallest = 0;
        for (int i : row) {
            tallest = Math.max(tallest, lines[i]);
        }
        if (tallest <= 1) {
            return null;
        }
        float[] move = new float[w.length];
        for (int i : row) {
            if (lines[i] < tallest) {
                continue;
            }
            Sizing cell = summed[i];
            float have = span(w, cell);
            float room = 0;
            for (int c = cell.firstColumn(); c <= cell.lastColumn(); c++) {
                room += hi[c] - w[c];
            }
            float next = cell.nextStep(have, have + room);
            if (Float.isNaN(next)) {
                return null;
            }
            // The cell's columns with room left take the widening, first to last.
            float need = next - have;
            for (int c = cell.firstColumn(); c <= cell.lastColumn() && need > 0; c++) {
                float give = Math.min(need, hi[c] - w[c] - move[c]);
                if (give > 0) {
                    move[c] += give;
                    need -= give;
                }
            }
            if (need > 0.001f) {
                return null;
            }
        }
        return move;
    }

    private static void add(float[] w, float[] move, int sign) {
        for (int c = 0; c < w.length; c++) {
            w[c] += sign * move[c];
        }
    }

    /** The smallest widening of column c that takes a line off one of its cells, up to {@code limit}. */
    private float step(float[] w, int c, float limit) {
        if (limit <= STEP) {
            return Float.NaN;
        }
        float best = Float.NaN;
        for (Sizing cell : byColumn[c]) {
            float have = span(w, cell);
            float next = cell.nextStep(have, have + limit);
            if (!Float.isNaN(next) && (Float.isNaN(best) || next - have < best)) {
                best = Math.max(STEP, next - have);
            }
        }
        return best;
    }

    /**
     * Measures the cells at widths {@code w}, keeps what it found for the trials and moves that follow, and returns
     * the cost. Only cells over a column whose width changed since the last settling are measured again: a round
     * of the search changes one move's columns.
     */
    private double settle(float[] w) {
        boolean[] moved = new boolean[w.length];
        for (int c = 0; c < w.length; c++) {
            moved[c] = settledWidths == null || Float.floatToIntBits(w[c]) != Float.floatToIntBits(settledWidths[c]);
        }
        for (int i = 0; i < summed.length; i++) {
            if (!overMoved(i, moved)) {
                continue;
            }
            float width = span(w, i);
            if (!unchanged[i].holds(width)) {
                Fit fit = summed[i].fit(width);
                height[i] = fit.height();
                extra[i] = fit.extra();
                lines[i] = fit.lines();
                unchanged[i] = summed[i].unchanged(width);
            }
        }
        settledWidths = w.clone();
        return cost();
    }

    private boolean overMoved(int cell, boolean[] moved) {
        for (int c = firstColumn[cell]; c <= lastColumn[cell]; c++) {
            if (moved[c]) {
                return true;
            }
        }
        return false;
    }

    /** Puts back the widths last settled on, to the bit, so that the cached fits still describe them. */
    private void backToSettled(float[] w) {
        System.arraycopy(settledWidths, 0, w, 0, w.length);
    }

    /**
     * The cost at widths {@code w}, which differ from the settled ones only in the columns {@code move} widens and
     * in {@code donor} (or none, if negative): only the cells over those columns are measured again.
     */
    private double trialCost(float[] w, float[] move, int donor) {
        int count = 0;
        for (int c = 0; c < w.length; c++) {
            if (move[c] == 0 && c != donor) {
                continue;
            }
            for (int i : summedByColumn[c]) {
                if (changed[i]) {
                    continue;
                }
                float width = span(w, i);
                if (!unchanged[i].holds(width)) {
                    changed[i] = true;
                    changedCells[count++] = i;
                    savedHeight[i] = height[i];
                    savedExtra[i] = extra[i];
                    Fit fit = summed[i].fit(width);
                    height[i] = fit.height();
                    extra[i] = fit.extra();
                }
            }
        }
        double cost = cost();
        for (int k = 0; k < count; k++) {
            int i = changedCells[k];
            changed[i] = false;
            height[i] = savedHeight[i];
            extra[i] = savedExtra[i];
        }
        return cost;
    }

    /** The table's height (each row as tall as its tallest cell) plus the cost of wrapping, in points. */
    private double cost() {
        float[] rowHeight = rowScratch;
        Arrays.fill(rowHeight, 0);
        double extraCost = 0;
        float padding = 2 * padY;
        for (int i = 0; i < singles; i++) {
            int r = firstRow[i];
            rowHeight[r] = Math.max(rowHeight[r], height[i] + padding);
            extraCost += extra[i];
        }
        for (int i = singles; i < summed.length; i++) {
            float h = height[i] + padding;
            float spanned = 0;
            for (int r = firstRow[i]; r <= lastRow[i]; r++) {
                spanned += rowHeight[r];
            }
            if (h > spanned) {
                rowHeight[lastRow[i]] += h - spanned;
            }
            extraCost += extra[i];
        }
        double total = 0;
        for (float h : rowHeight) {
            total += h;
        }
        return total + extraCost;
    }

    /** The width of the cell at {@code i} in {@link #summed}, summed as {@link #span(float[], Sizing)} sums it. */
    private float span(float[] w, int i) {
        if (firstColumn[i] == lastColumn[i]) {
            return w[firstColumn[i]];
        }
        float s = 0;
        for (int c = firstColumn[i]; c <= lastColumn[i]; c++) {
            s += w[c];
        }
        return s;
    }

    private static float span(float[] w, Sizing cell) {
        if (cell.firstColumn() == cell.lastColumn()) {
            return w[cell.firstColumn()]; // most cells: the same value the sum gives, without the loop
        }
        float s = 0;
        for (int c = cell.firstColumn(); c <= cell.lastColumn(); c++) {
            s += w[c];
        }
        return s;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }
}
