package cn.jixiao.docs.docx;

import static cn.jixiao.docs.docx.DocxUnits.big;

import cn.jixiao.docs.model.Document.Cell;
import cn.jixiao.docs.model.Document.Paragraph;
import cn.jixiao.docs.model.Document.Row;
import cn.jixiao.docs.model.Document.Table;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.P;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Builds w:tbl from model tables. The model spans cells like HTML (a covered grid position has no cell), while
 * Word wants a cell at every position of every row: a vertically merged region is a "restart" cell followed by
 * "continue" cells in the rows below it. Those continuation cells are generated here.
 */
final class DocxTables {

    /** 0.5 pt in the eighths of a point border sizes are measured in. */
    private static final BigInteger HALF_POINT_BORDER = big(4);
    /** The model's cell padding, so that rows come out as tall as in the PDF layout. */
    private static final int CELL_SIDE_MARGIN = Math.round(Table.PADDING_X * 20);
    private static final int CELL_TOP_BOTTOM_MARGIN = Math.round(Table.PADDING_Y * 20);

    private final DocxParagraphs paragraphs;

    DocxTables(DocxParagraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    Tbl table(Table table) {
        int[] grid = gridColumns(table.columns().stream().map(c -> c.width()).toList(), paragraphs.textWidth().intValueExact());
        Tbl tbl = new Tbl();
        tbl.setTblPr(tableProperties());
        TblGrid tblGrid = new TblGrid();
        for (int w : grid) {
            TblGridCol col = new TblGridCol();
            col.setW(big(w));
            tblGrid.getGridCol().add(col);
        }
        tbl.setTblGrid(tblGrid);

        int columns = grid.length;
        // Per grid column: rows still covered by a rowSpan from above, and the covering cell's span and style.
        int[] coveredRows = new int[columns];
        int[] coverSpan = new int[columns];
        String[] coverStyle = new String[columns];

        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Tr tr = new Tr();
            tr.setTrPr(rowProperties(row.header()));
            List<Object> cells = tr.getContent();
            int col = 0;
            for (Cell cell : row.cells()) {
                col = addContinuations(cells, grid, col, coveredRows, coverSpan, coverStyle, false);
                if (col >= columns) {
                    throw new IllegalArgumentException("table row " + (r + 1) + " has more cells than its "
                            + columns + " columns");
                }
                int span = Math.max(1, Math.min(cell.colSpan(), columns - col));
                cells.add(cell(cell, grid, col, span));
                if (cell.rowSpan() > 1) {
                    for (int c = col; c < col + span; c++) {
                        coveredRows[c] = cell.rowSpan() - 1;
                    }
                    coverSpan[col] = span;
                    coverStyle[col] = cell.paragraphs().isEmpty() ? null : cell.paragraphs().get(0).style();
                }
                col += span;
            }
            addContinuations(cells, grid, col, coveredRows, coverSpan, coverStyle, true);
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    /**
     * Emits vMerge-continue cells for covered positions from {@code col} on: only the run of covered positions
     * directly at {@code col}, or (at the end of a row) every covered position left. Returns the next free column.
     */
    private int addContinuations(List<Object> cells, int[] grid, int col, int[] coveredRows, int[] coverSpan,
                                 String[] coverStyle, boolean toEndOfRow) {
        while (col < grid.length) {
            if (coveredRows[col] == 0) {
                if (!toEndOfRow) {
                    return col;
                }
                col++;
                continue;
            }
            int span = Math.max(1, coverSpan[col]);
            Tc tc = new Tc();
            TcPr tcPr = cellProperties(grid, col, span);
            tcPr.setVMerge(new TcPrInner.VMerge()); // no val: continue the merge above
            tc.setTcPr(tcPr);
            // Styled like the merged cell so the empty paragraph cannot make the row taller than its text needs.
            P empty = coverStyle[col] != null
                    ? paragraphs.paragraph(new Paragraph(coverStyle[col], List.of(), null, 0))
                    : new P();
            tc.getContent().add(empty);
            cells.add(tc);
            for (int c = col; c < col + span && c < grid.length; c++) {
                coveredRows[c]--;
            }
            col += span;
        }
        return col;
    }

    private Tc cell(Cell cell, int[] grid, int col, int span) {
        Tc tc = new Tc();
        TcPr tcPr = cellProperties(grid, col, span);
        if (cell.rowSpan() > 1) {
            TcPrInner.VMerge restart = new TcPrInner.VMerge();
            restart.setVal("restart");
            tcPr.setVMerge(restart);
        }
        CTVerticalJc vAlign = new CTVerticalJc();
        vAlign.setVal(cell.valign() == null ? STVerticalJc.CENTER : switch (cell.valign()) {
            case TOP -> STVerticalJc.TOP;
            case CENTER -> STVerticalJc.CENTER;
            case BOTTOM -> STVerticalJc.BOTTOM;
        });
        tcPr.setVAlign(vAlign);
        tc.setTcPr(tcPr);
        for (Paragraph p : cell.paragraphs()) {
            tc.getContent().add(paragraphs.paragraph(p));
        }
        if (cell.paragraphs().isEmpty()) {
            tc.getContent().add(new P()); // a cell must end with a paragraph
        }
        return tc;
    }

    private static TcPr cellProperties(int[] grid, int col, int span) {
        TcPr tcPr = new TcPr();
        int width = 0;
        for (int c = col; c < col + span && c < grid.length; c++) {
            width += grid[c];
        }
        tcPr.setTcW(width(width, TblWidth.TYPE_DXA));
        if (span > 1) {
            TcPrInner.GridSpan gridSpan = new TcPrInner.GridSpan();
            gridSpan.setVal(big(span));
            tcPr.setGridSpan(gridSpan);
        }
        return tcPr;
    }

    /**
     * Rows are kept whole, as the PDF layout keeps them (Word and LibreOffice still split a row taller than a
     * page); header rows also repeat on every page the table runs onto.
     */
    private static TrPr rowProperties(boolean header) {
        TrPr trPr = new TrPr();
        List<jakarta.xml.bind.JAXBElement<?>> props = trPr.getCnfStyleOrDivIdOrGridBefore();
        props.add(DocxParagraphs.WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        if (header) {
            props.add(DocxParagraphs.WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        }
        return trPr;
    }

    private static TblPr tableProperties() {
        TblPr tblPr = new TblPr();
        tblPr.setTblW(width(5000, "pct")); // 100 % in fiftieths of a percent
        // Up to Word 2010 layout the indent positions the first cell's text, not the table's border; indenting by
        // the cell margin puts the border on the text margin, as in Word 2013+ layout with no indent.
        int indent = DocxPackageParts.WORD_COMPATIBILITY_MODE < 15 ? CELL_SIDE_MARGIN : 0;
        tblPr.setTblInd(width(indent, TblWidth.TYPE_DXA));
        TblBorders borders = new TblBorders();
        borders.setTop(border());
        borders.setLeft(border());
        borders.setBottom(border());
        borders.setRight(border());
        borders.setInsideH(border());
        borders.setInsideV(border());
        tblPr.setTblBorders(borders);
        // Fixed layout: Word keeps the template's column proportions instead of resizing columns to content.
        CTTblLayoutType layout = new CTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(layout);
        CTTblCellMar margins = new CTTblCellMar();
        margins.setTop(width(CELL_TOP_BOTTOM_MARGIN, TblWidth.TYPE_DXA));
        margins.setLeft(width(CELL_SIDE_MARGIN, TblWidth.TYPE_DXA));
        margins.setBottom(width(CELL_TOP_BOTTOM_MARGIN, TblWidth.TYPE_DXA));
        margins.setRight(width(CELL_SIDE_MARGIN, TblWidth.TYPE_DXA));
        tblPr.setTblCellMar(margins);
        return tblPr;
    }

    private static CTBorder border() {
        CTBorder b = new CTBorder();
        b.setVal(STBorder.SINGLE);
        b.setSz(HALF_POINT_BORDER);
        b.setSpace(big(0));
        b.setColor("000000");
        return b;
    }

    private static TblWidth width(int w, String type) {
        TblWidth width = new TblWidth();
        width.setW(big(w));
        width.setType(type);
        return width;
    }

    /**
     * Scales relative widths to the text width. Column edges are rounded (not column widths), so the columns add
     * up to exactly the text width and the right border lines up with the margin.
     */
    static int[] gridColumns(List<Float> widths, int textWidth) {
        int n = widths.size();
        if (n == 0) {
            throw new IllegalArgumentException("table without columns");
        }
        double total = 0;
        for (Float w : widths) {
            total += Math.max(0f, w);
        }
        int[] grid = new int[n];
        double cumulative = 0;
        long previousEdge = 0;
        for (int i = 0; i < n; i++) {
            cumulative += total > 0 ? Math.max(0f, widths.get(i)) : 1;
            long edge = Math.round(textWidth * cumulative / (total > 0 ? total : n));
            grid[i] = (int) (edge - previousEdge);
            previousEdge = edge;
        }
        return grid;
    }
}
