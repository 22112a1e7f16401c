package cn.jixiao.docs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a table of a sheet: its header row (each header with a comment saying what the column means), column
 * widths and formats (new rows the clerk types get them too), and rows of contract values written as their
 * column's kind: money as numbers shown 0.00, percentages as percent cells, lists one item per line.
 */
final class SheetWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Excel's tallest row, in points. */
    private static final float MAX_ROW_POINTS = 409;
    private static final float LINE_POINTS = 15;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final List<Column> columns;

    SheetWriter(XSSFSheet sheet, Styles styles, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
    }

    /**
     * The header row at {@code row}. On a data sheet ({@code dataSheet}) the headers get comments and the columns
     * their widths and default formats; 填写说明 lays out several tables and sets its own widths.
     */
    void headers(int row, String sheetKey, boolean dataSheet) {
        XSSFRow r = sheet.createRow(row);
        XSSFDrawing drawing = dataSheet ? sheet.createDrawingPatriarch() : null;
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            XSSFCell cell = r.createCell(i);
            cell.setCellStyle(styles.header);
            cell.setCellValue(WorkbookFormat.header(sheetKey, c));
            lines = Math.max(lines, lines(WorkbookFormat.header(sheetKey, c), c));
            if (drawing != null) {
                ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, i, row, i + 3, row + 5);
                XSSFComment comment = drawing.createCellComment(anchor);
                comment.setString(new XSSFRichTextString(WorkbookFormat.comment(sheetKey, c)));
                comment.setAuthor(WorkbookFormat.WORDS.get("guide.title"));
                cell.setCellComment(comment);
            }
            if (dataSheet && c.width() > 0) {
                sheet.setColumnWidth(i, c.width() * 256);
                sheet.setDefaultColumnStyle(i, style(c));
            }
        }
        r.setHeightInPoints(lines * LINE_POINTS);
    }

    /** Printed landscape, all columns on one page width: a clerk prints a sheet to check it. */
    void printOnePageWide() {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** One row of values (JSON nodes from the plan, null or missing for blank cells). */
    void values(int row, List<JsonNode> values) {
        XSSFRow r = sheet.createRow(row);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            XSSFCell cell = r.createCell(i);
            cell.setCellStyle(style(c));
            JsonNode v = i < values.size() ? values.get(i) : null;
            if (v == null || v.isNull() || v.isMissingNode()) {
                continue;
            }
            if (v.isNumber() && c.kind() == CellKind.PERCENT) {
                BigDecimal percent = v.decimalValue();
                cell.setCellValue(percent.divide(HUNDRED).doubleValue());
                cell.setCellStyle(styles.percent(Math.min(6, Math.max(0, percent.stripTrailingZeros().scale()))));
            } else if (v.isNumber()) {
                cell.setCellValue(v.decimalValue().doubleValue());
                if (c.kind() != CellKind.MONEY) {
                    cell.setCellStyle(styles.number);
                }
            } else {
                String text = v.isArray() ? join(v) : v.asText();
                cell.setCellValue(text);
                lines = Math.max(lines, lines(text, c));
            }
        }
        // Excel does not grow a row to fit wrapped text it did not type itself: give the row the height it needs.
        r.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
    }

    private XSSFCellStyle style(Column c) {
        return switch (c.kind()) {
            case MONEY -> styles.money;
            case PERCENT -> styles.percent(0);
            case YEAR -> styles.number;
            case CODE, CHOICE -> styles.code;
            case TEXT, LINES -> styles.text;
        };
    }

    private static String join(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        array.forEach(item -> sb.append(sb.length() == 0 ? "" : "\n").append(item.asText()));
        return sb.toString();
    }

    /** How many lines the text takes in the column: a CJK character is two widths, as Excel measures. */
    private static int lines(String text, Column c) {
        if (c.width() <= 0) {
            return 1;
        }
        int total = 0;
        for (String line : text.split("\n", -1)) {
            int width = line.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
            total += Math.max(1, (width + c.width() - 1) / c.width());
        }
        return total;
    }
}
