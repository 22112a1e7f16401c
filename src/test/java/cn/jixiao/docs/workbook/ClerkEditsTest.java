package cn.jixiao.docs.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The example workbook edited the way clerks edit, by openpyxl: what is read is what the clerk meant, the same plan
 * as the JSON with those changes.
 */
class ClerkEditsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] EXAMPLE = WorkbookWriter.write(TestRendering.plan(Fixtures.JULU));

    @Test
    void valuesTypedAsTextFullWidthDigitsPercentagesStraySpacesABlankColumnRowsReorderedAndAPickedLevel2()
            throws IOException, UnreadableWorkbook {
        byte[] edited = Openpyxl.edit(EXAMPLE, """
                dept = wb['部门信息']
                dept['B2'] = '２０２４'                      # the year typed in full width, as text
                p = wb['项目']
                p['B2'] = '  公安局辅警工会费　'            # stray spaces, half and full width
                p['D2'] = '13.00'                           # an amount typed as text
                p['E2'] = '１３'                            # and in full width
                p['H2'] = '25%'                             # a percentage typed as text
                p['I2'].number_format = 'General'
                p['I2'] = 50                                # typed as a plain number
                p['J2'].number_format = '0%'
                p['J2'] = 0.75                              # typed as 75% (Excel stores 0.75)
                ind = wb['绩效指标']
                for row in range(2, ind.max_row + 1):
                    ind.cell(row=row, column=7).value = None  # 指标值确定依据 left blank everywhere
                ind['C2'] = '质量指标'                      # picked from the level2 drop-down of 产出指标
                rows = [[c.value for c in r] for r in ind.iter_rows(min_row=2, max_row=ind.max_row)]
                rows.sort(key=lambda r: r[1])               # sorted by 一级指标: projects' rows now mixed
                for i, values in enumerate(rows):
                    for j, v in enumerate(values):
                        ind.cell(row=i + 2, column=j + 1).value = v
                """);
        ObjectNode expected = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.JULU));
        ObjectNode first = (ObjectNode) expected.path("projects").get(0);
        ObjectNode plan = (ObjectNode) first.get("spendingPlan");
        plan.put("march", 25).put("june", 50).put("october", 75);
        ((ObjectNode) first.path("indicators").get(0)).put("level2", "质量指标");
        for (JsonNode project : expected.path("projects")) {
            project.path("indicators").forEach(i -> ((ObjectNode) i).remove("basis"));
        }
        Plan want = Validator.validate(JSON.writeValueAsBytes(expected)).plan();
        assertNotNull(want);

        Validation read = WorkbookReader.read(edited).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(java.util.List.of(), read.problems());
        assertEquals(want, read.plan());
    }

    @Test
    void aProjectCodeMergedDownItsIndicatorRowsMeansThatCodeInEveryRow() throws UnreadableWorkbook {
        byte[] merged = Openpyxl.edit(EXAMPLE, """
                ind = wb['绩效指标']
                for row in range(3, 9):
                    ind.cell(row=row, column=1).value = None
                ind.merge_cells('A2:A8')
                """);
        Validation read = WorkbookReader.read(merged).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(java.util.List.of(), read.problems());
        assertEquals(TestRendering.plan(Fixtures.JULU), read.plan());
    }

    @Test
    void anErrorValueIsReportedAsSuchNotReadAsText() throws UnreadableWorkbook {
        Validation read = WorkbookReader.read(Openpyxl.edit(EXAMPLE, "wb['项目']['E3'] = '#N/A'")).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(null, read.plan());
        assertEquals("『项目』表第 3 行 E 列（财政资金（万元））", read.errors().get(0).where());
        assertTrue(read.errors().get(0).message().contains("#N/A"), read.errors().get(0).message());
    }

    @Test
    void aTitleAboveTheHeadersAndARenamedTabStillReadAsThePlan() throws UnreadableWorkbook {
        byte[] edited = Openpyxl.edit(EXAMPLE, """
                p = wb['项目']
                p.insert_rows(1, 2)
                p['A1'] = '巨鹿县总工会2024年项目支出绩效目标'
                p['E2'] = '单位：万元'
                p.title = '项目表'
                ind = wb['绩效指标']
                ind.insert_rows(1)
                ind['A1'] = '绩效指标表'
                """);
        Validation read = WorkbookReader.read(edited).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(java.util.List.of(), read.problems());
        assertEquals(TestRendering.plan(Fixtures.JULU), read.plan());
        // A project's place is its row as the clerk sees it, below the title.
        Validation wrong = WorkbookReader.read(Openpyxl.edit(edited, "wb['项目表']['D4'] = 'abc'"))
                .validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals("『项目』表第 4 行 D 列（预算数（万元））", wrong.errors().get(0).where());
    }

    @Test
    void aTabNameTwoSheetsCouldBeIsNotGuessed() throws UnreadableWorkbook {
        Validation read = WorkbookReader.read(Openpyxl.edit(EXAMPLE, """
                wb['项目'].title = '项目表'
                wb.copy_worksheet(wb['项目表']).title = '项目备份'
                """)).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(null, read.plan());
        assertTrue(read.errors().get(0).message().contains("缺少工作表『项目』"), read.errors().get(0).message());
    }

    @Test
    void aDeletedHeaderRowIsOneErrorNotOneForEachColumnAndRow() throws UnreadableWorkbook {
        Validation read = WorkbookReader.read(Openpyxl.edit(EXAMPLE, "wb['项目'].delete_rows(1)"))
                .validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(1, read.errors().size(), read.errors().toString());
        assertEquals("『项目』表第 1 行", read.errors().get(0).where());
        assertTrue(read.errors().get(0).message().contains("找不到列标题行")
                && read.errors().get(0).message().contains("「项目编码」、「项目名称」"), read.errors().get(0).message());
    }

    @Test
    void aFormulaTheFileHasNoResultForIsReportedAsSuchNotReadAsBlank() throws UnreadableWorkbook {
        // openpyxl writes formulas without results, as other programs that make workbooks do.
        Validation read = WorkbookReader.read(Openpyxl.edit(EXAMPLE, "wb['项目']['D2'] = '=E2+F2'"))
                .validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(null, read.plan());
        assertEquals("『项目』表第 2 行 D 列（预算数（万元））", read.errors().get(0).where());
        assertTrue(read.errors().get(0).message().contains("公式「=E2+F2」") && read.errors().get(0).message().contains("计算结果"),
                read.errors().get(0).message());
        // LibreOfficeWorkbookTest reads the same formula once Calc has calculated and saved it.
    }

    @Test
    void anotherProgramSeesTheDropDownsAndTheFormats() {
        String seen = Openpyxl.inspect(EXAMPLE, """
                ind = wb['绩效指标']
                for dv in ind.data_validations.dataValidation:
                    print('list', dv.type, dv.formula1, str(dv.sqref))
                print('names', sorted(wb.defined_names.definedName[i].name for i in range(len(wb.defined_names.definedName))))
                print('money', wb['项目']['D2'].number_format, 'percent', wb['项目']['K2'].number_format)
                print('frozen', wb['绩效指标'].freeze_panes, wb['项目'].freeze_panes)
                print('comment', wb['绩效指标']['B1'].comment.text)
                print('hidden', wb['选项'].sheet_state)
                """);
        assertTrue(seen.contains("list list INDIRECT($B2) C2:C"), seen);
        assertTrue(seen.contains("list list \"产出指标,效益指标,满意度指标,成本指标\" B2:B"), seen);
        assertTrue(seen.contains("'产出指标'") && seen.contains("'成本指标'"), seen);
        assertTrue(seen.contains("money 0.00 percent 0%"), seen);
        assertTrue(seen.contains("frozen B2 C2"), seen);
        assertTrue(seen.contains("comment 必填。从下拉列表选择"), seen);
        assertTrue(seen.contains("hidden hidden"), seen);
    }
}
