package cn.jixiao.docs.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
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

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final CellValues values = new CellValues();
    private int cells;

    SheetReader(ReadOnlySharedStringsTable strings, StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
    }

    List<SheetRow> read(String sheet, InputStream xml) throws UnreadableWorkbook {
        List<SheetRow> rows = new ArrayList<>();
        Collector collector = new Collector(sheet, rows);
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, values, false));
            parser.parse(new InputSource(xml));
        } catch (Stop stop) {
            throw stop.reason;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableWorkbook("workbook.error.notWorkbook");
        }
        return rows;
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
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final List<SheetRow> rows;
        private String[] current;
        private int currentNumber;
        private int lastColumn;
        private int width;
        private int elements;

        Collector(String sheet, List<SheetRow> rows) {
            this.sheet = sheet;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            if (++elements > MAX_ROW_ELEMENTS) {
                throw new Stop(new UnreadableWorkbook("workbook.error.tooManyRows", sheet, MAX_ROWS));
            }
            current = new String[MAX_COLUMNS];
            currentNumber = rowNum + 1;
            lastColumn = -1;
            width = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (width > 0) {
                if (rows.size() >= MAX_ROWS) {
                    throw new Stop(new UnreadableWorkbook("workbook.error.tooManyRows", sheet, MAX_ROWS));
                }
                rows.add(new SheetRow(currentNumber, Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(current, width)))));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // A writer may leave out a cell's reference; it is then the next column.
            int given = reference == null ? -1 : column(reference);
            int column = given < 0 ? lastColumn + 1 : given;
            lastColumn = column;
            if (value == null || value.isEmpty() || column >= MAX_COLUMNS) {
                return;
            }
            if (++cells > MAX_CELLS) {
                throw new Stop(new UnreadableWorkbook("workbook.error.tooManyCells", MAX_CELLS));
            }
            current[column] = value;
            width = Math.max(width, column + 1);
        }
    }
}
