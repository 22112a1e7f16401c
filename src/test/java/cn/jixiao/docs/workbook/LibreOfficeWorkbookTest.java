package cn.jixiao.docs.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice Calc (another spreadsheet program than the one that wrote them) opens the blank and the example
 * workbook: every sheet converts to CSV showing what a clerk sees, a workbook Calc saves again reads as the same
 * plan, and the drop-downs are in the sheet XML.
 */
class LibreOfficeWorkbookTest {

    /** Calc's CSV filter: comma, double quote, UTF-8, cells as shown, and the last token -1 writes every sheet to its own file. */
    static final String CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
    static final List<String> SHEETS = List.of("填写说明", "部门信息", "整体目标", "项目", "绩效指标");

    @TempDir
    static Path tmp;
    static Plan plan;

    @BeforeAll
    static void convert() throws IOException {
        plan = TestRendering.plan(Fixtures.JULU);
        Files.write(tmp.resolve("blank.xlsx"), WorkbookWriter.blank());
        Files.write(tmp.resolve("example.xlsx"), WorkbookWriter.write(plan));
        // 预算数 as a formula of its parts, written by openpyxl (which stores no result) for Calc to calculate.
        Files.write(tmp.resolve("formula.xlsx"), Openpyxl.edit(WorkbookWriter.write(plan), "wb['项目']['D2'] = '=E2+F2'"));
        soffice(CSV, tmp.resolve("csv"), "blank.xlsx", "example.xlsx");
        soffice("xlsx:Calc MS Excel 2007 XML", tmp.resolve("resaved"), "blank.xlsx", "example.xlsx", "formula.xlsx");
    }

    private static void soffice(String filter, Path outDir, String... workbooks) {
        List<String> command = new java.util.ArrayList<>(List.of("soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--convert-to", filter, "--outdir", outDir.toString()));
        for (String w : workbooks) {
            command.add(tmp.resolve(w).toString());
        }
        TestRendering.run(command.toArray(String[]::new));
    }

    private static String csv(String workbook, String sheet) throws IOException {
        return Files.readString(tmp.resolve("csv").resolve(workbook + "-" + sheet + ".csv"), StandardCharsets.UTF_8);
    }

    @Test
    void everySheetOfBothWorkbooksConvertsWithItsHeaders() throws IOException {
        for (String workbook : List.of("blank", "example")) {
            for (String sheet : SHEETS) {
                assertTrue(Files.size(tmp.resolve("csv").resolve(workbook + "-" + sheet + ".csv")) > 0, workbook + " " + sheet);
            }
            assertTrue(csv(workbook, "项目").startsWith("项目编码,项目名称,单位名称,预算数（万元）"), csv(workbook, "项目"));
            assertTrue(csv(workbook, "绩效指标").startsWith("项目编码,一级指标,二级指标,三级指标"), csv(workbook, "绩效指标"));
            assertTrue(csv(workbook, "部门信息").contains("年度"), csv(workbook, "部门信息"));
            // The example department is in 填写说明 of both, the blank one included.
            assertTrue(csv(workbook, "填写说明").contains("巨鹿县总工会"), csv(workbook, "填写说明"));
        }
        assertTrue(!csv("blank", "项目").contains("13052924P005840119077"), "the blank template has no project");
    }

    @Test
    void calcShowsTheExampleAsAClerkShouldSeeIt() throws IOException {
        String projects = csv("example", "项目");
        assertTrue(projects.contains("13052924P005840119077,公安局辅警工会费"), projects);
        assertTrue(projects.contains(",13.00,13.00,"), "money with two decimals: " + projects);
        assertTrue(projects.contains("100%"), "percent cells: " + projects);
        String indicators = csv("example", "绩效指标");
        assertTrue(indicators.contains("13052924P005840119077,产出指标,数量指标,保障人数"), indicators);
        assertTrue(csv("example", "部门信息").contains("年度,2024"), csv("example", "部门信息"));
    }

    @Test
    void aWorkbookCalcSavedAgainReadsAsTheSamePlan() throws IOException, UnreadableWorkbook {
        Validation v = WorkbookReader.read(Files.readAllBytes(tmp.resolve("resaved/example.xlsx"))).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(List.of(), v.problems());
        assertEquals(plan, v.plan());
    }

    @Test
    void aFormulaCalcHasCalculatedReadsAsItsResult() throws IOException, UnreadableWorkbook {
        assertTrue(part(tmp.resolve("resaved/formula.xlsx"), "xl/worksheets/sheet4.xml").contains("<f"), "the formula is kept");
        Validation v = WorkbookReader.read(Files.readAllBytes(tmp.resolve("resaved/formula.xlsx"))).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(List.of(), v.problems());
        assertEquals(plan, v.plan());
    }

    @Test
    void theDropDownsAreInTheSheetXml() throws IOException {
        for (String workbook : List.of("blank.xlsx", "example.xlsx", "resaved/example.xlsx")) {
            String indicators = part(tmp.resolve(workbook), "xl/worksheets/sheet5.xml");
            assertTrue(indicators.contains("type=\"list\""), workbook);
            assertTrue(indicators.contains("INDIRECT($B2)"), workbook + ": the dependent level2 list");
            assertTrue(indicators.contains("产出指标,效益指标,满意度指标,成本指标"), workbook + ": the level1 list");
            assertTrue(part(tmp.resolve(workbook), "xl/worksheets/sheet3.xml").contains("总体绩效目标,分项绩效目标,工作保障措施"),
                    workbook + ": 内容类别");
            assertTrue(part(tmp.resolve(workbook), "xl/workbook.xml").contains("name=\"产出指标\""), workbook + ": the names");
        }
    }

    private static String part(Path xlsx, String name) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + xlsx);
    }
}
