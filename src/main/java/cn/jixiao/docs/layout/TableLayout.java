package cn.jixiao.docs.layout;

import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a table on pages. Rows stay whole and move to the next page when they do not fit; only a row taller than
 * a page is split between lines. Header rows repeat on each page the table continues on, and a merged cell cut by
 * a page break is drawn on both pages, showing its label again when it asks to ({@code repeatLabel}).
 */
final class TableLayout {

    private static final float PAD_X = Table.PADDING_X;
    private static final float PAD_Y = Table.PADDING_Y;

    private final Table table;
    private final float[] colX;
    private final List<Placed> cells = new ArrayList<>();
    private final float[] rowHeight;
    private final int headerRows;

    /** A cell with its grid position and its lines, laid out once. */
    private record Placed(Cell cell, int row, int col, float x, float width, List<Line> lines, float contentHeight) {
        int lastRow() { return row + cell.rowSpan() - 1; }
    }

    /** Part of a row on one page; {@code from}/{@code to} select each single-row cell's lines when a row is split. */
    private record Slot(int row, float y, float height, int[] from, int[] to) {}

    TableLayout(Document doc, LineBreaker breaker, Table table) {
        this.table = table;
        float width = doc.page().textWidth();
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        colX = new float[table.widths().size() + 1];
        for (int i = 0; i < table.widths().size(); i++) {
            colX[i + 1] = colX[i] + table.widths().get(i) / total * width;
        }
        int rows = table.rows().size();
        boolean[][] taken = new boolean[rows][colX.length - 1];
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (Cell cell : table.rows().get(r).cells()) {
                while (c < colX.length - 1 && taken[r][c]) {
                    c++;
                }
                int lastCol = Math.min(c + cell.colSpan(), colX.length - 1);
                for (int rr = r; rr < Math.min(rows, r + cell.rowSpan()); rr++) {
                    for (int cc = c; cc < lastCol; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                float x = colX[Math.min(c, colX.length - 1)];
                float w = colX[lastCol] - x;
                List<Line> lines = new ArrayList<>();
                for (Document.Paragraph p : cell.paragraphs()) {
                    lines.addAll(breaker.lines(p, doc.style(p.style()), Math.max(1, w - 2 * PAD_X)));
                }
                cells.add(new Placed(cell, r, c, x, w, lines, height(lines, 0, lines.size())));
                c = lastCol;
            }
        }
        rowHeight = rowHeights(rows);
        int h = 0;
        while (h < rows && table.rows().get(h).header()) {
            h++;
        }
        headerRows = h;
    }

    private float[] rowHeights(int rows) {
        float[] heights = new float[rows];
        for (Placed p : cells) {
            if (p.cell().rowSpan() == 1) {
                heights[p.row()] = Math.max(heights[p.row()], p.contentHeight() + 2 * PAD_Y);
            }
        }
        for (Placed p : cells) {
            if (p.cell().rowSpan() > 1) {
                int last = Math.min(p.lastRow(), rows - 1);
                float spanned = 0;
                for (int r = p.row(); r <= last; r++) {
                    spanned += heights[r];
                }
                float need = p.contentHeight() + 2 * PAD_Y;
                if (need > spanned) {
                    heights[last] += need - spanned;
                }
            }
        }
        return heights;
    }

    /** What must fit below a keep-with-next heading: the header rows and the first row after them. */
    float firstRowsHeight() {
        float h = 0;
        for (int r = 0; r < Math.min(rowHeight.length, headerRows + 1); r++) {
            h += rowHeight[r];
        }
        return h;
    }

    void place(Flow flow) {
        if (!flow.fits(firstRowsHeight()) && !flow.atTop()) {
            flow.newPage(true);
        }
        List<Slot> page = new ArrayList<>();
        // Whether nothing but repeated headers is on this page yet: moving a row to a new page would not help.
        boolean fresh = flow.atTop();
        for (int r = 0; r < rowHeight.length; r++) {
            int[] from = new int[cells.size()];
            int[] to = lineCounts();
            float h = rowHeight[r];
            while (!flow.fits(h)) {
                float headers = r >= headerRows ? headerHeight() : 0;
                if (!fresh && h + headers <= flow.pageHeight() + 0.01f) {
                    page = nextPage(flow, page, r);
                    fresh = true;
                    continue;
                }
                // Taller than a page: split it between lines, the rest continuing on the next page.
                int[] cut = split(r, from, to, flow.remaining());
                if (!Arrays.equals(cut, from)) {
                    float used = flow.remaining();
                    page.add(new Slot(r, flow.y(), used, from, cut));
                    flow.advance(used);
                    from = cut;
                    h = rowRest(r, from, to);
                } else if (fresh) {
                    break; // not even one line fits an empty page: draw it overflowing rather than loop
                }
                page = nextPage(flow, page, r);
                fresh = true;
            }
            page.add(new Slot(r, flow.y(), h, from, to));
            flow.advance(h);
            fresh = fresh && r < headerRows;
        }
        draw(flow, page);
    }

    private List<Slot> nextPage(Flow flow, List<Slot> page, int row) {
        draw(flow, page);
        flow.newPage(true);
        List<Slot> next = new ArrayList<>();
        if (row >= headerRows) {
            for (int r = 0; r < headerRows; r++) {
                next.add(new Slot(r, flow.y(), rowHeight[r], new int[cells.size()], lineCounts()));
                flow.advance(rowHeight[r]);
            }
        }
        return next;
    }

    private float headerHeight() {
        float h = 0;
        for (int r = 0; r < headerRows; r++) {
            h += rowHeight[r];
        }
        return h;
    }

    private int[] lineCounts() {
        int[] n = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            n[i] = cells.get(i).lines().size();
        }
        return n;
    }

    /** How many lines of each single-row cell of row r fit in {@code space}. */
    private int[] split(int r, int[] from, int[] to, float space) {
        int[] cut = from.clone();
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            if (p.row() != r || p.cell().rowSpan() != 1) {
                continue;
            }
            float h = 2 * PAD_Y;
            int k = from[i];
            while (k < to[i] && h + p.lines().get(k).height() <= space + 0.01f) {
                h += p.lines().get(k).height();
                k++;
            }
            cut[i] = k;
        }
        return cut;
    }

    private float rowRest(int r, int[] from, int[] to) {
        float h = 0;
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            if (p.row() == r && p.cell().rowSpan() == 1) {
                h = Math.max(h, height(p.lines(), from[i], to[i]) + 2 * PAD_Y);
            }
        }
        return h;
    }

    /** Draws the cells that meet the rows placed on this page: borders, then their lines. */
    private void draw(Flow flow, List<Slot> page) {
        if (page.isEmpty()) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Placed p = cells.get(i);
            Slot first = null;
            Slot last = null;
            for (Slot s : page) {
                if (s.row() >= p.row() && s.row() <= p.lastRow()) {
                    if (first == null) {
                        first = s;
                    }
                    last = s;
                }
            }
            if (first == null) {
                continue;
            }
            float top = first.y();
            float bottom = last.y() + last.height();
            float left = flow.left + p.x();
            float right = left + p.width();
            border(flow, left, top, right, bottom);
            boolean spanStartsHere = first.row() == p.row();
            List<Line> lines;
            if (p.cell().rowSpan() == 1) {
                lines = p.lines().subList(first.from()[i], first.to()[i]);
            } else {
                boolean continued = !spanStartsHere || first.from()[i] > 0;
                lines = continued && !p.cell().repeatLabel() ? List.of() : p.lines();
            }
            float content = height(lines, 0, lines.size());
            float y = switch (p.cell().valign()) {
                case TOP -> top + PAD_Y;
                case BOTTOM -> bottom - PAD_Y - content;
                case CENTER -> top + Math.max(PAD_Y, (bottom - top - content) / 2);
            };
            for (Line line : lines) {
                flow.drawLine(line, left + PAD_X, y);
                y += line.height();
            }
        }
    }

    private static void border(Flow flow, float left, float top, float right, float bottom) {
        float w = Table.BORDER;
        flow.add(new PageLayout.Rule(left, top, right, top, w));
        flow.add(new PageLayout.Rule(left, bottom, right, bottom, w));
        flow.add(new PageLayout.Rule(left, top, left, bottom, w));
        flow.add(new PageLayout.Rule(right, top, right, bottom, w));
    }

    private static float height(List<Line> lines, int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += lines.get(i).height();
        }
        return h;
    }
}
