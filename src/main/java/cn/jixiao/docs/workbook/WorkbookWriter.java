package cn.jixiao.docs.workbook;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.validation.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan as a filled staff workbook (last year's plan, handed to a clerk to edit), or the blank template.
 * Every workbook has 『填写说明』 with the bundled example department in it. Thread-safe: each call builds its own.
 */
public final class WorkbookWriter {

    /** Rows with drop-downs: far more than any plan has, so the clerk never types past them. */
    private static final int DROPDOWN_ROWS = 2000;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private WorkbookWriter() {}

    /** The plan, every field in its cell. */
    public static byte[] write(Plan plan) { return write(JSON.valueToTree(plan)); }

    /** The template: headers, labels and drop-downs, no data. */
    public static byte[] blank() { return write(JsonNodeFactory.instance.objectNode()); }

    private static byte[] write(JsonNode plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            GuideSheet.write(workbook.createSheet(WorkbookFormat.sheetName(WorkbookFormat.GUIDE)), styles,
                    JSON.valueToTree(Example.PLAN));
            XSSFSheet department = sheet(workbook, styles, WorkbookFormat.DEPARTMENT, WorkbookFormat.DEPARTMENT_COLUMNS,
                    SheetContents.department(plan), 1);
            XSSFSheet overview = sheet(workbook, styles, WorkbookFormat.OVERVIEW, WorkbookFormat.OVERVIEW_COLUMNS,
                    SheetContents.overview(plan), 1);
            XSSFSheet projects = sheet(workbook, styles, WorkbookFormat.PROJECTS, WorkbookFormat.PROJECT_COLUMNS,
                    SheetContents.projects(plan), 2);
            XSSFSheet indicators = sheet(workbook, styles, WorkbookFormat.INDICATORS, WorkbookFormat.INDICATOR_COLUMNS,
                    SheetContents.indicators(plan), 1);
            int lastRow = DROPDOWN_ROWS + Math.max(projects.getLastRowNum(), indicators.getLastRowNum());
            Dropdowns.add(workbook, overview, projects, indicators, lastRow);
            workbook.setActiveSheet(workbook.getSheetIndex(department));
            department.setSelected(true);
            workbook.getSheetAt(0).setSelected(false);
            workbook.getProperties().getCoreProperties().setTitle(WorkbookFormat.WORDS.get("guide.title"));
            workbook.getProperties().getCoreProperties().setCreator("jixiao-docs");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data sheet: headers frozen at the top (and {@code frozenColumns} at the left), then the rows. */
    private static XSSFSheet sheet(XSSFWorkbook workbook, Styles styles, String key, List<Column> columns,
                                   List<List<JsonNode>> rows, int frozenColumns) {
        XSSFSheet sheet = workbook.createSheet(WorkbookFormat.sheetName(key));
        SheetWriter writer = new SheetWriter(sheet, styles, columns);
        writer.headers(0, key, true);
        for (int i = 0; i < rows.size(); i++) {
            writer.values(i + 1, rows.get(i));
        }
        sheet.createFreezePane(frozenColumns, 1);
        writer.printOnePageWide();
        return sheet;
    }

    /** The bundled example (巨鹿县), shown in every workbook's 『填写说明』. */
    private static final class Example {
        static final Plan PLAN = load();

        private static Plan load() {
            try (InputStream in = WorkbookWriter.class.getResourceAsStream("/examples/001-julu-2024.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource /examples/001-julu-2024.json");
                }
                return Validator.validate(in.readAllBytes()).plan();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
