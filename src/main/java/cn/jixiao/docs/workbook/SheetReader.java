package cn.jixiao.docs.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet's XML into rows (POI's event model: no cell objects, no whole-sheet tree), stopping with a
 * refusal as soon as the sheet passes the row or cell limit, so a million-row sheet costs milliseconds, not memory.
 */
final class SheetReader {

    /** Rows with anything in them, per sheet: 500 projects of up to 200 indicators fit many times over. */
    static final int MAX_ROWS = 20_000;
    /** Row elements of any kind, per sheet: empty formatted rows cost parsing time too. */
    static final int MAX_ROW_ELEMENTS = 5 * MAX_ROWS;
    /** Cells with a value, per read. */
    static final int MAX_CELLS = 400_000;
    /** Columns past this are a clerk's notes at most; no column of ours is near it. */
    static final int MAX_COLUMNS = 64;

    /** Thrown through the SAX parser to stop it; carries the refusal out. */
    private static final class Stop extends RuntimeException {
        final UnreadableWorkbook reason;

        Stop(UnreadableWorkbook reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final CellValues values = new CellValues();
    private int cells;

    SheetReader(SharedStrings strings, StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
    }

    List<SheetRow> read(String sheet, InputStream xml) throws UnreadableWorkbook {
        Collector collector = new Collector(sheet);
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            SheetEvents events = new SheetEvents(new XSSFSheetXMLHandler(styles, null, strings, collector, values, false),
                    collector);
            collector.events = events;
            parser.setContentHandler(events);
            parser.parse(new InputSource(xml));
            return collector.rows(events.merges());
        } catch (Stop stop) {
            throw stop.reason;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableWorkbook("workbook.error.notWorkbook");
        }
    }

    /** The 0-based column of a reference such as "AB12". */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** Receives the cells of the sheet, row by row. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler, SheetEvents.FormulaWithoutResult {
        private final String sheet;
        private final TreeMap<Integer, String[]> rows = new TreeMap<>();
        private final Map<Integer, Map<Integer, SheetRow.CellError>> errors = new HashMap<>();
        private SheetEvents events;
        private String[] current;
        private int currentNumber;
        private int lastColumn;
        private int elements;

        Collector(String sheet) { this.sheet = sheet; }

        @Override
        public void startRow(int rowNum) {
            if (++elements > MAX_ROW_ELEMENTS) {
                throw new Stop(new UnreadableWorkbook("workbook.error.tooManyRows", sheet, MAX_ROWS));
            }
            current = null;
            currentNumber = rowNum + 1;
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (current != null && rows.putIfAbsent(currentNumber, current) == null && rows.size() > MAX_ROWS) {
                throw new Stop(new UnreadableWorkbook("workbook.error.tooManyRows", sheet, MAX_ROWS));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = next(reference);
            if (value == null || value.isEmpty() || column >= MAX_COLUMNS) {
                return;
            }
            count();
            if (current == null) {
                current = new String[MAX_COLUMNS];
            }
            if (events.inErrorCell()) {
                // POI reports #N/A as the text "ERROR:#N/A"; it is no value, and is reported as what it is.
                error(column, "workbook.error.errorValue", value.substring(value.indexOf(':') + 1));
            } else {
                current[column] = value;
            }
        }

        @Override
        public void formulaWithoutResult(String reference, String formula, boolean reported) {
            int column = reported ? lastColumn : next(reference);
            if (column < MAX_COLUMNS) {
                count(); // a problem counts as a cell too: a million formulas would pile up problems unbounded
                error(column, "workbook.error.formulaWithoutResult", formula);
            }
        }

        /** The column of a cell POI reports; a writer may leave out a cell's reference, it is then the next one. */
        private int next(String reference) {
            int given = reference == null ? -1 : column(reference);
            lastColumn = given < 0 ? lastColumn + 1 : given;
            return lastColumn;
        }

        private void count() {
            if (++cells > MAX_CELLS) {
                throw new Stop(new UnreadableWorkbook("workbook.error.tooManyCells", MAX_CELLS));
            }
        }

        private void error(int column, String messageKey, String shown) {
            errors.computeIfAbsent(currentNumber, r -> new HashMap<>()).put(column, new SheetRow.CellError(messageKey, shown));
        }

        /** The rows with anything in them, each merged range's value in every one of its cells. */
        List<SheetRow> rows(List<CellRangeAddress> merges) {
            int last = rows.isEmpty() ? 0 : rows.lastKey();
            for (CellRangeAddress m : merges) {
                String[] top = rows.get(m.getFirstRow() + 1);
                String value = top == null || m.getFirstColumn() >= MAX_COLUMNS ? null : top[m.getFirstColumn()];
                for (int r = m.getFirstRow() + 1; value != null && r <= Math.min(m.getLastRow() + 1, last); r++) {
                    String[] row = rows.computeIfAbsent(r, n -> new String[MAX_COLUMNS]);
                    for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), MAX_COLUMNS - 1); c++) {
                        if (row[c] == null) {
                            row[c] = value;
                        }
                    }
                }
            }
            for (Integer r : errors.keySet()) {
                rows.computeIfAbsent(r, n -> new String[MAX_COLUMNS]);
            }
            List<SheetRow> out = new ArrayList<>(rows.size());
            rows.forEach((number, cells) -> {
                int width = cells.length;
                while (width > 0 && cells[width - 1] == null) {
                    width--;
                }
                out.add(new SheetRow(number, Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(cells, width))),
                        Map.copyOf(errors.getOrDefault(number, Map.of()))));
            });
            return out;
        }
    }
}
