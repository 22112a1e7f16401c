package cn.jixiao.docs.layout;

import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.PageLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places a table on pages. Column widths come from the content ({@link ColumnWidths}). Rows stay whole and move
 * to the next page when they do not fit, unless moving one would leave most of the page empty: then it breaks
 * between lines, as Word lets a row break, and the table says so ({@link Document.Row#breakable}) so that Word
 * and LibreOffice break it there too. Header rows repeat on each page the table continues on, and a merged cell
 * cut by a page break is drawn on both pages, showing its label again when it asks to ({@code repeatLabel}); the
 * resolved table cuts the merge at that page too, since Word cannot repeat a merged cell's label.
 */
final class TableLayout {

    private static final float PAD_X = Table.PADDING_X;
    private static final float PAD_Y = Table.PADDING_Y;
    /**
     * What a row takes beyond its text: the cell padding above and below, and its border line, which Word and
     * LibreOffice lay out as part of the row (measured on LibreOffice's PDFs: half a point a row).
     */
    private static final float ROW_EXTRA = 2 * PAD_Y + Table.BORDER;
    /** A row that does not fit breaks, rather than moves, when more than this share of the page is still free. */
    private static final float BREAK_WHEN_FREE = 0.5f;
    private static final float TIGHTEN_STEP = 0.25f;
    /**
     * Room a table leaves at a page foot for the twips Word and LibreOffice round each row to: a row ending 0.8 pt
     * above the foot in the PDF went to the next page in LibreOffice.
     */
    static final float FOOT_SLACK = 1f;

    private final Table table;
    private final float pageHeight;
    private final float[] colX;
    private final List<Placed> cells = new ArrayList<>();
    /** The styles the cells' paragraphs name. */
    private final List<Document.Style> styles = new ArrayList<>();
    private float[] rowHeight;
    /** The line pitch the table was tightened to so as to stay on its page; 0 if it was not. */
    private float tightPitch;
    /** What the names of the styles set on that pitch end in: made once, not for every cell. */
    private String tightSuffix;
    private final int headerRows;
    /** Rows the layout broke across pages, and rows that start a page of the table's continuation. */
    private final BitSet brokenRows = new BitSet();
    private final BitSet pageStartRows = new BitSet();
    /** Rows moved to a new page with those after them so that a merged cell shows its label whole. */
    private final BitSet keptRows = new BitSet();

    /** A cell with its grid position and its lines at the chosen width, laid out once. */
    private record Placed(Cell cell, int row, int col, int lastCol, float x, float width, List<Line> lines,
                          float contentHeight, List<Document.Paragraph> resolved) {
        int lastRow() { return row + cell.rowSpan() - 1; }
    }

    /** Part of a row on one page; {@code from}/{@code to} select each single-row cell's lines when a row is split. */
    private record Slot(int row, float y, float height, int[] from, int[] to) {}

    TableLayout(Document doc, LineBreaker breaker, Table table, float width) {
        this.table = table;
        this.pageHeight = doc.page().textHeight();
        int columns = table.columns().size();
        int rows = table.rows().size();
        List<int[]> grid = new ArrayList<>();
        List<List<MeasuredParagraph>> measured = new ArrayList<>();
        List<CellSizing> sizing = new ArrayList<>();
        boolean[][] taken = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (Cell cell : table.rows().get(r).cells()) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                int lastCol = Math.min(c + cell.colSpan(), columns) - 1;
                int lastRow = Math.min(rows, r + cell.rowSpan()) - 1;
                for (int rr = r; rr <= lastRow; rr++) {
                    for (int cc = c; cc <= lastCol; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                List<MeasuredParagraph> content = new ArrayList<>();
                for (Document.Paragraph p : cell.paragraphs()) {
                    content.add(breaker.measure(p, style(doc, p.style())));
                }
                grid.add(new int[] {r, Math.min(c, columns - 1), Math.max(lastCol, Math.min(c, columns - 1))});
                measured.add(content);
                sizing.add(new CellSizing(r, lastRow, grid.get(grid.size() - 1)[1], grid.get(grid.size() - 1)[2],
                        content, PAD_X));
                c = lastCol + 1;
            }
        }
        colX = edges(ColumnWidths.choose(table.columns(), sizing, rows, width, ROW_EXTRA / 2));
        int i = 0;
        for (Document.Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                int[] at = grid.get(i);
                float x = colX[at[1]];
                float w = colX[at[2] + 1] - x;
                List<Line> lines = new ArrayList<>();
                List<Document.Paragraph> resolved = new ArrayList<>();
                for (int k = 0; k < cell.paragraphs().size(); k++) {
                    MeasuredParagraph.Broken broken = measured.get(i).get(k).lines(Math.max(1, w - 2 * PAD_X));
                    lines.addAll(broken.lines());
                    resolved.add(LaidOutText.apply(cell.paragraphs().get(k), measured.get(i).get(k), broken));
                }
                cells.add(new Placed(cell, at[0], at[1], at[2], x, w, lines, height(lines, 0, lines.size()), resolved));
                i++;
            }
        }
        rowHeight = rowHeights(rows);
        int h = 0;
        while (h < rows && table.rows().get(h).header()) {
            h++;
        }
        headerRows = h;
    }

    /**
     * The style of that name: a table's hundreds of cells name two or three styles, so they are looked up once
     * each, and kept (in the order first named) for the tightened table's styles.
     */
    private Document.Style style(Document doc, String name) {
        for (Document.Style s : styles) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        Document.Style s = doc.style(name);
        styles.add(s);
        return s;
    }

    /**
     * Column edges rounded to twips, the unit a DOCX measures in: both writers then draw exactly these widths.
     * Edges (not widths) are rounded so that the columns still add up to the text width.
     */
    private static float[] edges(float[] widths) {
        float[] x = new float[widths.length + 1];
        float sum = 0;
        for (int c = 0; c < widths.length; c++) {
            sum += widths[c];
            x[c + 1] = Math.round(sum * 20f) / 20f;
        }
        return x;
    }

    private float[] rowHeights(int rows) {
        float[] content = new float[cells.size()];
        for (int i = 0; i < content.length; i++) {
            content[i] = cells.get(i).contentHeight();
        }
        return rowHeights(rows, content);
    }

    /** The rows' heights were each cell as tall as {@code content} says, in the order of {@code cells}. */
    private float[] rowHeights(int rows, float[] content) {
        float[] heights = new float[rows];
        for (int i = 0; i < content.length; i++) {
            Placed p = cells.get(i);
            if (p.cell().rowSpan() == 1) {
                heights[p.row()] = Math.max(heights[p.row()], content[i] + ROW_EXTRA);
            }
        }
        for (int i = 0; i < content.length; i++) {
            Placed p = cells.get(i);
            if (p.cell().rowSpan() > 1) {
                int last = Math.min(p.lastRow(), rows - 1);
                float spanned = 0;
                for (int r = p.row(); r <= last; r++) {
                    spanned += heights[r];
                }
                float need = content[i] + ROW_EXTRA;
                if (need > spanned) {
                    heights[last] += need - spanned;
                }
            }
        }
        return heights;
    }

    int tallCells() {
        return (int) cells.stream().filter(p -> p.lines().size() >= 3).count();
    }

    /**
     * What must fit where the table starts (and below a keep-with-next heading): the header rows and the first
     * row after them — or, for a first row taller than a page, which breaks wherever it starts, its first line.
     */
    float firstRowsHeight() {
        float h = headerHeight();
        if (headerRows < rowHeight.length) {
            float first = rowHeight[headerRows];
            h += h + first <= pageHeight + 0.01f ? first : firstLineOf(headerRows) + ROW_EXTRA;
        }
        return h;
    }

    private float firstLineOf(int row) {
        float h = 0;
        for (Placed p : cells) {
            if (p.row() == row && !p.lines().isEmpty()) {
                h = Math.max(h, p.lines().get(0).height());
            }
        }
        return h;
    }

    /** @param endsSection the table is its section's last content: its last row leaves room for the paragraph after it */
    void place(Flow flow, boolean endsSection) {
        if (!flow.fits(firstRowsHeight() + Table.BORDER) && !flow.atTop()) {
            flow.newPage(true);
        }
        // The last row on a page also needs room for its bottom border.
        tightenToFit(flow.remaining() - Table.BORDER - FOOT_SLACK - (endsSection ? Table.TRAILING_PARAGRAPH : 0));
        List<Slot> page = new ArrayList<>();
        // Whether nothing but repeated headers is on this page yet: moving a row to a new page would not help.
        boolean fresh = flow.atTop();
        for (int r = 0; r < rowHeight.length; r++) {
            int[] from = new int[cells.size()];
            int[] to = lineCounts();
            float rest = rowHeight[r];
            float h;
            while (true) {
                h = Math.max(rest, labelRoom(r, from, page, true));
                // Should the page end below this row, the merged cells going on past it still show their label here.
                float needed = Math.max(h, labelRoom(r, from, page, false))
                        + (endsSection && r == rowHeight.length - 1 ? Table.TRAILING_PARAGRAPH : 0);
                if (flow.fits(needed + Table.BORDER + FOOT_SLACK)) {
                    break;
                }
                float headers = r >= headerRows ? headerHeight() : 0;
                boolean mostlyFree = flow.remaining() > BREAK_WHEN_FREE * flow.pageHeight();
                if (!fresh && !mostlyFree && needed + headers <= flow.pageHeight() + 0.01f) {
                    if (flow.fits(h + Table.BORDER)) {
                        keepTogether(r, flow.remaining() - Table.BORDER);
                    }
                    page = nextPage(flow, page, r);
                    fresh = true;
                } else {
                    // Break it between lines, the rest continuing on the next page.
                    int[] cut = split(r, from, to, flow.remaining() - Table.BORDER - FOOT_SLACK);
                    if (!Arrays.equals(cut, from)) {
                        float used = flow.remaining();
                        page.add(new Slot(r, flow.y(), used, from, cut));
                        flow.advance(used);
                        brokenRows.set(r);
                        from = cut;
                        rest = rowRest(r, from, to);
                    } else if (fresh) {
                        break; // not even one line fits an empty page: draw it overflowing rather than loop
                    }
                    page = nextPage(flow, page, r);
                    fresh = true;
                }
            }
            page.add(new Slot(r, flow.y(), h, from, to));
            flow.advance(h);
            fresh = fresh && r < headerRows;
        }
        draw(flow, page);
    }

    /**
     * How tall row r's part on this page must be for the row-spanning cells it belongs to that show their label on
     * this page: those ending at r ({@code ending}), or those going on past it, should the page end below r. A
     * merge a page break cuts is then tall enough for its label on each page, as Word and LibreOffice make each
     * part of a cut merge (the resolved table's) tall enough for its own text.
     */
    private float labelRoom(int r, int[] from, List<Slot> page, boolean ending) {
        float room = 0;
        for (Placed p : cells) {
            if (p.cell().rowSpan() == 1 || p.row() > r || p.lastRow() < r || (p.lastRow() == r) != ending) {
                continue;
            }
            Slot first = null;
            float above = 0;
            for (Slot s : page) {
                if (s.row() >= p.row() && s.row() < r) {
                    first = first == null ? s : first;
                    above += s.height();
                }
            }
            boolean midRow = first == null ? startsMidRow(from) : isContinuation(first);
            if (showsLabel(p, first == null ? r : first.row(), midRow)) {
                room = Math.max(room, p.contentHeight() + ROW_EXTRA - above);
            }
        }
        return room;
    }

    /**
     * Row r fits the {@code space} left on its page but its merged cell's label does not, so the layout moves it on.
     * Word and LibreOffice would set it there and split the label: the rows from r on that would fit in that space
     * are kept with the row after them, which does not fit, and so all move on with it.
     */
    private void keepTogether(int r, float space) {
        float rows = 0;
        for (int k = r; k < rowHeight.length - 1; k++) {
            rows += rowHeight[k];
            if (rows + rowHeight[k + 1] > space + 0.01f) {
                keptRows.set(r, k + 1);
                return;
            }
        }
    }

    /**
     * Whether a row-spanning cell shows its label in the merge that begins at row {@code top}: where the cell starts,
     * and again in the merges a page break cuts off if it asks to, but not below the rest of a row broken at the page
     * top (Word and LibreOffice cut the merge only where a page starts with a new row).
     */
    private static boolean showsLabel(Placed p, int top, boolean midRow) {
        return !midRow && (top == p.row() || p.cell().repeatLabel());
    }

    /**
     * The merges cell p is cut into, as {first row, last row}: one more at each row that starts a page of the table.
     * A row broken at a page foot starts one there, since Word cannot cut a merge inside a row; the resolved table
     * and the PDF's drawing cut alike.
     */
    private List<int[]> merges(Placed p) {
        List<int[]> out = new ArrayList<>();
        int last = Math.min(p.lastRow(), table.rows().size() - 1);
        int from = p.row();
        for (int r = from + 1; r <= last; r++) {
            if (pageStartRows.get(r)) {
                out.add(new int[] {from, r - 1});
                from = r;
            }
        }
        out.add(new int[] {from, last});
        return out;
    }

    /** Whether a row placed from these lines on is the rest of a row begun on an earlier page. */
    private static boolean startsMidRow(int[] from) {
        for (int f : from) {
            if (f > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The table as laid out, for the writers: the chosen column widths, the rows that break, the lines titles
     * were kept to, and every merged cell that a page break cuts made into one merge per page.
     */
    Table resolved() {
        List<Document.Column> columns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Document.Column col = table.columns().get(c);
            columns.add(new Document.Column(col.min(), col.max(), colX[c + 1] - colX[c]));
        }
        // Per row, the cells that start in it with their grid column: a cut merge adds its continuation to a
        // later row, which must still list its cells from left to right.
        List<List<Map.Entry<Integer, Cell>>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            rows.add(new ArrayList<>());
        }
        for (Placed p : cells) {
            for (int[] merge : merges(p)) {
                // The continuation of a cut merge shows the label again only if it asks to, as in the PDF.
                List<Document.Paragraph> content = restyled(showsLabel(p, merge[0], false)
                        ? p.resolved() : emptyLike(p.resolved()));
                rows.get(merge[0]).add(Map.entry(p.col(), new Cell(p.cell().colSpan(), merge[1] - merge[0] + 1,
                        p.cell().valign(), p.cell().repeatLabel(), content)));
            }
        }
        List<Document.Row> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            rows.get(r).sort(Map.Entry.comparingByKey());
            Document.Row row = table.rows().get(r);
            out.add(new Document.Row(row.header(), brokenRows.get(r), keptRows.get(r),
                    rows.get(r).stream().map(Map.Entry::getValue).toList()));
        }
        return new Table(columns, out, table.minLine());
    }

    private List<Document.Paragraph> restyled(List<Document.Paragraph> paragraphs) {
        if (tightPitch <= 0) {
            return paragraphs;
        }
        List<Document.Paragraph> out = new ArrayList<>();
        for (Document.Paragraph p : paragraphs) {
            out.add(new Document.Paragraph(tightName(p.style()), p.inlines(), p.anchor(), p.tocLevel()));
        }
        return out;
    }

    private static List<Document.Paragraph> emptyLike(List<Document.Paragraph> paragraphs) {
        List<Document.Paragraph> out = new ArrayList<>();
        for (Document.Paragraph p : paragraphs) {
            out.add(new Document.Paragraph(p.style(), List.of(), null, 0));
        }
        return out;
    }

    /**
     * A table a few lines too tall for the rest of its page is set on a shorter line pitch (down to the
     * template's {@code minLine}) rather than spill its last rows onto a page of their own; one that would spill
     * anyway keeps its pitch.
     */
    private void tightenToFit(float space) {
        float full = sum(rowHeight);
        if (table.minLine() <= 0 || full <= space + 0.01f) {
            return;
        }
        float base = 0;
        for (Placed p : cells) {
            for (Line line : p.lines()) {
                base = Math.max(base, line.height());
            }
        }
        // Each pitch is tried on the heights alone; the lines are set on the one that fits.
        float[] content = new float[cells.size()];
        for (float pitch = base - TIGHTEN_STEP; pitch >= table.minLine() - 0.001f; pitch -= TIGHTEN_STEP) {
            for (int i = 0; i < content.length; i++) {
                float h = 0;
                for (Line line : cells.get(i).lines()) {
                    h += Math.min(line.height(), pitch);
                }
                content[i] = h;
            }
            float[] heights = rowHeights(rowHeight.length, content);
            if (sum(heights) <= space + 0.01f) {
                for (int i = 0; i < content.length; i++) {
                    Placed p = cells.get(i);
                    List<Line> lines = new ArrayList<>();
                    for (Line line : p.lines()) {
                        lines.add(new Line(line.runs(), Math.min(line.height(), pitch), line.size()));
                    }
                    cells.set(i, new Placed(p.cell(), p.row(), p.col(), p.lastCol(), p.x(), p.width(), lines,
                            content[i], p.resolved()));
                }
                rowHeight = heights;
                tightPitch = pitch;
                tightSuffix = "@" + pitch + "pt";
                return;
            }
        }
    }

    /** The styles a tightened table's paragraphs name: its own styles on the tightened pitch. */
    Map<String, Document.Style> tightenedStyles() {
        Map<String, Document.Style> out = new TreeMap<>();
        if (tightPitch > 0) {
            for (Document.Style s : styles) {
                out.put(tightName(s.name()), new Document.Style(tightName(s.name()), s.font(), s.size(), s.bold(),
                        s.align(), s.indent(), Math.min(s.pitch(), tightPitch), s.spaceBefore(), s.spaceAfter(),
                        s.outlineLevel(), s.keepWithNext(), s.wrap()));
            }
        }
        return out;
    }

    private String tightName(String style) {
        return style + tightSuffix;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    private List<Slot> nextPage(Flow flow, List<Slot> page, int row) {
        holdCutLabels(flow, page);
        if (row >= headerRows) {
            pageStartRows.set(row); // before drawing: a row broken here already starts a merge of its own
        }
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

    /** The last row on a page grows to hold the label of each merge the page break cuts: room was kept for it. */
    private void holdCutLabels(Flow flow, List<Slot> page) {
        if (page.isEmpty()) {
            return;
        }
        Slot last = page.get(page.size() - 1);
        float room = labelRoom(last.row(), last.from(), page.subList(0, page.size() - 1), false);
        float grow = Math.min(room - last.height(), flow.remaining() - Table.BORDER);
        if (grow > 0) {
            page.set(page.size() - 1, new Slot(last.row(), last.y(), last.height() + grow, last.from(), last.to()));
            flow.advance(grow);
        }
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
            float h = ROW_EXTRA;
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
                h = Math.max(h, height(p.lines(), from[i], to[i]) + ROW_EXTRA);
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
            for (int[] merge : merges(cells.get(i))) {
                drawPart(flow, page, i, merge[0], merge[1]);
            }
        }
    }

    /** The part of cell i's merge from row {@code top} to row {@code bottom} that is on this page, if any. */
    private void drawPart(Flow flow, List<Slot> page, int i, int top, int bottom) {
        Placed p = cells.get(i);
        Slot first = null;
        Slot last = null;
        boolean broken = false;
        for (Slot s : page) {
            if (s.row() >= top && s.row() <= bottom) {
                if (first == null) {
                    first = s;
                }
                last = s;
                broken |= brokenRows.get(s.row());
            }
        }
        if (first == null) {
            return;
        }
        float y0 = first.y();
        float y1 = last.y() + last.height();
        float left = flow.left + p.x();
        float right = left + p.width();
        border(flow, left, y0, right, y1);
        // The rest of a row broken at the foot of the last page: Word and LibreOffice show no merged label again
        // there, and set broken rows' cells from the top, however they are aligned otherwise.
        List<Line> lines;
        if (p.cell().rowSpan() == 1) {
            lines = p.lines().subList(first.from()[i], first.to()[i]);
        } else {
            lines = first.row() == top && showsLabel(p, top, isContinuation(first)) ? p.lines() : List.of();
        }
        float content = height(lines, 0, lines.size());
        Document.VAlign valign = broken ? Document.VAlign.TOP : p.cell().valign();
        float y = switch (valign) {
            case TOP -> y0 + Table.BORDER + PAD_Y;
            case BOTTOM -> y1 - PAD_Y - content;
            case CENTER -> y0 + Table.BORDER + Math.max(PAD_Y, (y1 - y0 - Table.BORDER - content) / 2);
        };
        for (Line line : lines) {
            flow.drawLine(line, left + PAD_X, y);
            y += line.height();
        }
    }

    /** Whether a slot is the rest of a row begun on an earlier page. */
    private static boolean isContinuation(Slot slot) { return startsMidRow(slot.from()); }

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
