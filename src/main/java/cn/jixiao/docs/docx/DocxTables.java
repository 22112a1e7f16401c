package cn.jixiao.docs.docx;

import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Table;
import cn.jixiao.docs.model.Document.VAlign;
import java.util.List;

/**
 * Writes w:tbl from model tables. The model spans cells like HTML (a covered grid position has no cell), while
 * Word wants a cell at every position of every row: a vertically merged region is a "restart" cell followed by
 * "continue" cells in the rows below it. Those continuation cells are generated here.
 */
final class DocxTables {

    /** 0.5 pt in the eighths of a point border sizes are measured in. */
    private static final int HALF_POINT_BORDER = 4;
    /** The model's cell padding, so that rows come out as tall as in the PDF layout. */
    private static final int CELL_SIDE_MARGIN = Math.round(Table.PADDING_X * 20);
    private static final int CELL_TOP_BOTTOM_MARGIN = Math.round(Table.PADDING_Y * 20);

    private enum Merge { NONE, RESTART, CONTINUE }

    private final DocxParagraphs paragraphs;

    DocxTables(DocxParagraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** @param breakBefore the table starts a new page: Word and LibreOffice move it with its first paragraph */
    void table(WordXml x, Table table, boolean breakBefore) {
        int[] grid = gridColumns(table);
        x.open("w:tbl");
        tableProperties(x);
        tableGrid(x, grid);

        int columns = grid.length;
        // Per grid column: rows still covered by a rowSpan from above, and the covering cell's span and style.
        int[] coveredRows = new int[columns];
        int[] coverSpan = new int[columns];
        String[] coverStyle = new String[columns];

        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            x.open("w:tr");
            rowProperties(x, row);
            int col = 0;
            boolean firstCell = r == 0;
            for (Cell cell : row.cells()) {
                col = addContinuations(x, grid, col, coveredRows, coverSpan, coverStyle, row.keepWithNext(), false);
                if (col >= columns) {
                    throw new IllegalArgumentException("table row " + (r + 1) + " has more cells than its "
                            + columns + " columns");
                }
                int span = Math.max(1, Math.min(cell.colSpan(), columns - col));
                cell(x, cell, grid, col, span, breakBefore && firstCell, row.keepWithNext());
                firstCell = false;
                if (cell.rowSpan() > 1) {
                    for (int c = col; c < col + span; c++) {
                        coveredRows[c] = cell.rowSpan() - 1;
                    }
                    coverSpan[col] = span;
                    coverStyle[col] = cell.paragraphs().isEmpty() ? null : cell.paragraphs().get(0).style();
                }
                col += span;
            }
            addContinuations(x, grid, col, coveredRows, coverSpan, coverStyle, row.keepWithNext(), true);
            x.close();
        }
        x.close();
    }

    /**
     * Writes vMerge-continue cells for covered positions from {@code col} on: only the run of covered positions
     * directly at {@code col}, or (at the end of a row) every covered position left. Returns the next free column.
     */
    private int addContinuations(WordXml x, int[] grid, int col, int[] coveredRows, int[] coverSpan,
                                 String[] coverStyle, boolean keepWithNext, boolean toEndOfRow) {
        while (col < grid.length) {
            if (coveredRows[col] == 0) {
                if (!toEndOfRow) {
                    return col;
                }
                col++;
                continue;
            }
            int span = Math.max(1, coverSpan[col]);
            x.open("w:tc");
            cellProperties(x, grid, col, span, Merge.CONTINUE, null);
            // Styled like the merged cell so the empty paragraph cannot make the row taller than its text needs.
            if (coverStyle[col] != null) {
                paragraphs.paragraph(x, new Paragraph(coverStyle[col], List.of(), null, 0), false, keepWithNext, null);
            } else {
                DocxParagraphs.emptyParagraph(x, false, keepWithNext);
            }
            x.close();
            for (int c = col; c < col + span && c < grid.length; c++) {
                coveredRows[c]--;
            }
            col += span;
        }
        return col;
    }

    private void cell(WordXml x, Cell cell, int[] grid, int col, int span, boolean breakBefore, boolean keepWithNext) {
        x.open("w:tc");
        cellProperties(x, grid, col, span, cell.rowSpan() > 1 ? Merge.RESTART : Merge.NONE,
                cell.valign() == null ? VAlign.CENTER : cell.valign());
        List<Paragraph> ps = cell.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            paragraphs.paragraph(x, ps.get(i), breakBefore && i == 0, keepWithNext, null);
        }
        if (ps.isEmpty()) {
            DocxParagraphs.emptyParagraph(x, breakBefore, keepWithNext); // a cell must end with a paragraph
        }
        x.close();
    }

    /** @param vAlign null for none (a continuation cell shows nothing to align) */
    private static void cellProperties(WordXml x, int[] grid, int col, int span, Merge merge, VAlign vAlign) {
        int width = 0;
        for (int c = col; c < col + span && c < grid.length; c++) {
            width += grid[c];
        }
        x.open("w:tcPr");
        width(x, "w:tcW", width, "dxa");
        if (span > 1) {
            x.val("w:gridSpan", span);
        }
        if (merge == Merge.RESTART) {
            x.val("w:vMerge", "restart");
        } else if (merge == Merge.CONTINUE) {
            x.empty("w:vMerge"); // no val: continue the merge above
        }
        if (vAlign != null) {
            x.val("w:vAlign", switch (vAlign) {
                case TOP -> "top";
                case CENTER -> "center";
                case BOTTOM -> "bottom";
            });
        }
        x.close();
    }

    /**
     * A row is kept whole, as the PDF layout keeps it, unless the layout broke it across pages (then Word and
     * LibreOffice, which break a row wherever it does not fit, break it there too); header rows also repeat on
     * every page the table runs onto.
     */
    private static void rowProperties(WordXml x, Row row) {
        if (row.breakable() && !row.header()) {
            return;
        }
        x.open("w:trPr");
        if (!row.breakable()) {
            x.empty("w:cantSplit");
        }
        if (row.header()) {
            x.empty("w:tblHeader");
        }
        x.close();
    }

    private static void tableProperties(WordXml x) {
        x.open("w:tblPr");
        width(x, "w:tblW", 5000, "pct"); // 100 % in fiftieths of a percent
        // Up to Word 2010 layout the indent positions the first cell's text, not the table's border; indenting by
        // the cell margin puts the border on the text margin, as in Word 2013+ layout with no indent.
        int indent = DocxPackageParts.WORD_COMPATIBILITY_MODE < 15 ? CELL_SIDE_MARGIN : 0;
        width(x, "w:tblInd", indent, "dxa");
        x.open("w:tblBorders");
        for (String side : List.of("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")) {
            x.open(side).attr("w:val", "single").attr("w:color", "000000").attr("w:sz", HALF_POINT_BORDER)
                    .attr("w:space", 0).close();
        }
        x.close();
        // Fixed layout: Word keeps the widths the PDF layout chose instead of resizing columns itself.
        x.open("w:tblLayout").attr("w:type", "fixed").close();
        x.open("w:tblCellMar");
        width(x, "w:top", CELL_TOP_BOTTOM_MARGIN, "dxa");
        width(x, "w:left", CELL_SIDE_MARGIN, "dxa");
        width(x, "w:bottom", CELL_TOP_BOTTOM_MARGIN, "dxa");
        width(x, "w:right", CELL_SIDE_MARGIN, "dxa");
        x.close();
        x.close();
    }

    private static void tableGrid(WordXml x, int[] grid) {
        x.open("w:tblGrid");
        for (int w : grid) {
            x.open("w:gridCol").attr("w:w", w).close();
        }
        x.close();
    }

    private static void width(WordXml x, String element, int w, String type) {
        x.open(element).attr("w:w", w).attr("w:type", type).close();
    }

    /**
     * The widths the layout chose, in twips. The layout put every column edge on a twip, so rounding the edges
     * (not the widths) gives exactly its columns, adding up to the text width.
     */
    static int[] gridColumns(Table table) {
        int n = table.columns().size();
        if (n == 0) {
            throw new IllegalArgumentException("table without columns");
        }
        int[] grid = new int[n];
        double edge = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            float width = table.columns().get(i).width();
            if (width <= 0) {
                throw new IllegalArgumentException("table column " + (i + 1) + " has no width: write a laid-out document");
            }
            edge += width;
            long twips = Math.round(edge * 20);
            grid[i] = (int) (twips - previous);
            previous = twips;
        }
        return grid;
    }
}
