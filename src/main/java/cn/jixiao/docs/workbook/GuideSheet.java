package cn.jixiao.docs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 『填写说明』: how to fill the workbook, then each data sheet's header with the first rows of the example plan
 * under it, laid out exactly as on that sheet. Never read back: the example is there to copy from, not to print.
 */
final class GuideSheet {

    /** Example rows shown per sheet: enough to show the pattern, few enough to stay a page. */
    private static final int EXAMPLE_ROWS = 3;

    private GuideSheet() {}

    /** Points of a title line in 16 pt type. */
    private static final float TITLE_POINTS = 26;

    static void write(XSSFSheet sheet, Styles styles, JsonNode example) {
        // Each column as wide as the widest of the tables below has it, so every example cell shows in full.
        for (List<Column> table : List.of(WorkbookFormat.DEPARTMENT_COLUMNS, WorkbookFormat.OVERVIEW_COLUMNS,
                WorkbookFormat.PROJECT_COLUMNS, WorkbookFormat.INDICATOR_COLUMNS)) {
            for (int i = 0; i < table.size(); i++) {
                sheet.setColumnWidth(i, Math.max(sheet.getColumnWidth(i), table.get(i).width() * 256));
            }
        }
        new SheetWriter(sheet, styles, WorkbookFormat.PROJECT_COLUMNS).printOnePageWide();
        int row = 0;
        title(line(sheet, row++, WorkbookFormat.WORDS.get("guide.title"), styles), styles);
        line(sheet, row++, WorkbookFormat.WORDS.get("guide.intro"), styles);
        for (int i = 1; WorkbookFormat.WORDS.getOrNull("guide.rule." + i) != null; i++) {
            line(sheet, row++, WorkbookFormat.WORDS.get("guide.rule." + i), styles);
        }
        row++;
        title(line(sheet, row++, WorkbookFormat.WORDS.format("guide.example", example.at("/department/name").asText()),
                styles), styles);
        row = example(sheet, styles, row, WorkbookFormat.DEPARTMENT, WorkbookFormat.DEPARTMENT_COLUMNS,
                SheetContents::department, example, WorkbookFormat.DEPARTMENT_FIELDS.size());
        row = example(sheet, styles, row, WorkbookFormat.OVERVIEW, WorkbookFormat.OVERVIEW_COLUMNS,
                SheetContents::overview, example, EXAMPLE_ROWS);
        row = example(sheet, styles, row, WorkbookFormat.PROJECTS, WorkbookFormat.PROJECT_COLUMNS,
                SheetContents::projects, example, 1);
        example(sheet, styles, row, WorkbookFormat.INDICATORS, WorkbookFormat.INDICATOR_COLUMNS,
                SheetContents::indicators, example, EXAMPLE_ROWS);
    }

    private static int example(XSSFSheet sheet, Styles styles, int row, String key, List<Column> columns,
                               Function<JsonNode, List<List<JsonNode>>> contents, JsonNode example, int rows) {
        line(sheet, row++, WorkbookFormat.WORDS.format("guide.example.sheet", WorkbookFormat.sheetName(key)), styles);
        SheetWriter writer = new SheetWriter(sheet, styles, columns);
        writer.headers(row++, key, false);
        for (List<JsonNode> values : contents.apply(example).stream().limit(rows).toList()) {
            writer.values(row++, values);
        }
        return row + 1;
    }

    private static void title(XSSFCell cell, Styles styles) {
        cell.setCellStyle(styles.title);
        cell.getRow().setHeightInPoints(TITLE_POINTS);
    }

    /** A line of prose, running across the columns to its right. */
    private static XSSFCell line(XSSFSheet sheet, int row, String text, Styles styles) {
        XSSFRow r = sheet.createRow(row);
        XSSFCell cell = r.createCell(0);
        cell.setCellStyle(styles.paragraph);
        cell.setCellValue(text);
        return cell;
    }
}
