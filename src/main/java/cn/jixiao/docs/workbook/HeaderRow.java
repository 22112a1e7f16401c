package cn.jixiao.docs.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds each column of a sheet by its header, wherever the clerk moved it. The header row is row 1, or the row of
 * the sheet's first few that holds most of our headers, when a clerk put a title above them. A header that is not
 * ours, or one of ours that is missing, is reported: the workbook is then not laid out as ours. A column with no
 * header is a clerk's own notes and is not read.
 */
final class HeaderRow {

    /** How far down a sheet its header row may stand: below a title, a date line and a blank row or two. */
    static final int HEADER_SEARCH_ROWS = 10;

    private final String sheetName;
    private final int row;
    private final List<String> headers;
    private final int[] index;

    private HeaderRow(String sheetName, int row, List<String> headers, int[] index) {
        this.sheetName = sheetName;
        this.row = row;
        this.headers = headers;
        this.index = index;
    }

    /** The sheet column holding {@code columns.get(i)}, or -1 when it has none. */
    int of(int i) { return index[i]; }

    /** The cell of column {@code i} in sheet row {@code row}, named by its header. */
    Place.Cell cell(int row, int i) { return new Place.Cell(sheetName, row, index[i], headers.get(i)); }

    /** The value of column {@code i} in {@code row}. */
    String value(SheetRow row, int i) { return row.cell(index[i]); }

    static HeaderRow find(String sheet, List<Column> columns, List<SheetRow> rows, ReadContext cx) {
        String sheetName = WorkbookFormat.sheetName(sheet);
        Map<String, Integer> byKey = new HashMap<>();
        List<String> headers = new ArrayList<>();
        for (Column c : columns) {
            headers.add(WorkbookFormat.header(sheet, c));
            byKey.put(HeaderKey.of(headers.get(headers.size() - 1)), byKey.size());
        }
        int[] index = new int[columns.size()];
        Arrays.fill(index, -1);
        SheetRow first = headerRow(rows, byKey);
        List<Place.Cell> unknown = new ArrayList<>();
        for (int col = 0; col < first.cells().size(); col++) {
            String text = CellText.text(first.cell(col));
            if (text == null) {
                continue;
            }
            Integer i = byKey.get(HeaderKey.of(text));
            Place.Cell place = new Place.Cell(sheetName, first.number(), col, text);
            if (i == null) {
                unknown.add(place);
            } else if (index[i] >= 0) {
                cx.structuralError(place, "workbook.error.duplicateHeader", text, Place.Cell.letters(index[i]));
            } else {
                index[i] = col;
            }
        }
        // A header near one still missing is that column renamed; any other is the clerk's own column, not read.
        List<String> missing = unfound(headers, index);
        Set<String> renamed = new HashSet<>();
        for (Place.Cell place : unknown) {
            String meant = cx.nearest(place.header(), missing);
            if (meant != null) {
                renamed.add(meant);
                cx.structuralError(place, "workbook.error.unknownHeader", place.header(),
                        cx.messages.format("hint.didYouMean", meant));
            }
        }
        if (missing.size() == headers.size() && renamed.isEmpty()) {
            // No header of ours anywhere near the top: one message for the row, not one for each column.
            cx.structuralError(new Place.Row(sheetName, first.number()), "workbook.error.noHeaderRow", first.number(),
                    String.join("、", headers.stream().map(h -> "「" + h + "」").toList()));
        } else {
            for (String header : missing) {
                if (!renamed.contains(header)) {
                    cx.structuralError(new Place.Row(sheetName, first.number()), "workbook.error.missingHeader",
                            first.number(), header);
                }
            }
        }
        return new HeaderRow(sheetName, first.number(), List.copyOf(headers), index);
    }

    /** Of the first rows, the first with most of our headers; row 1 (perhaps empty) when none has any. */
    private static SheetRow headerRow(List<SheetRow> rows, Map<String, Integer> byKey) {
        SheetRow best = null;
        int most = 0;
        for (SheetRow r : rows) {
            if (r.number() > HEADER_SEARCH_ROWS) {
                break;
            }
            int ours = 0;
            for (String cell : r.cells()) {
                String text = CellText.text(cell);
                ours += text != null && byKey.containsKey(HeaderKey.of(text)) ? 1 : 0;
            }
            if (ours > most) {
                best = r;
                most = ours;
            }
        }
        if (best != null) {
            return best;
        }
        return rows.isEmpty() || rows.get(0).number() != 1 ? new SheetRow(1, List.of(), Map.of()) : rows.get(0);
    }

    private static List<String> unfound(List<String> headers, int[] index) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (index[i] < 0) {
                out.add(headers.get(i));
            }
        }
        return out;
    }

    /**
     * The data rows: every row after the header row that has anything in a column of ours. A cell of ours that
     * shows an error value (#N/A, #REF!) or holds a formula without a result is reported at once: it reads as blank,
     * which is not what the clerk sees.
     */
    List<SheetRow> dataRows(List<SheetRow> rows, ReadContext cx) {
        List<SheetRow> out = new ArrayList<>();
        for (SheetRow r : rows) {
            boolean ours = false;
            for (int i = 0; r.number() > row && i < index.length; i++) {
                SheetRow.CellError error = r.errors().get(index[i]);
                if (error != null) {
                    cx.error(cell(r.number(), i), error.messageKey(), error.shown());
                }
                ours |= error != null || CellText.text(r.cell(index[i])) != null;
            }
            if (ours) {
                out.add(r);
            }
        }
        return out;
    }
}
