package cn.jixiao.docs.workbook;

import cn.jixiao.docs.validation.Framework;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The drop-down lists: 内容类别 on 整体目标; on 绩效指标 the project codes of 『项目』, level1, and level2 offered
 * for the row's level1. The dependent list is INDIRECT(level1 cell) over a defined name per level1 (named after it)
 * on the hidden 『选项』 sheet: the one way Excel, WPS and LibreOffice all evaluate a list that depends on a cell.
 */
final class Dropdowns {

    private Dropdowns() {}

    /** Drop-downs on rows 2 to {@code lastRow} (1-based). */
    static void add(XSSFWorkbook workbook, XSSFSheet overview, XSSFSheet projects, XSSFSheet indicators, int lastRow) {
        XSSFSheet lists = workbook.createSheet(WorkbookFormat.sheetName(WorkbookFormat.LISTS));
        List<String> level1 = Framework.level1Values();
        for (int i = 0; i < level1.size(); i++) {
            List<String> level2 = Framework.level2Values(level1.get(i));
            for (int j = 0; j < level2.size(); j++) {
                XSSFRow row = lists.getRow(j) == null ? lists.createRow(j) : lists.getRow(j);
                row.createCell(i).setCellValue(level2.get(j));
            }
            XSSFName name = workbook.createName();
            name.setNameName(level1.get(i));
            String column = Place.Cell.letters(i);
            name.setRefersToFormula("'" + lists.getSheetName() + "'!$" + column + "$1:$" + column + "$" + level2.size());
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);

        list(overview, 0, lastRow, explicit(overview, WorkbookFormat.OVERVIEW_PARTS.stream().map(WorkbookFormat::partName).toList()), true);
        String codes = "'" + projects.getSheetName() + "'!$A$2:$A$" + lastRow;
        list(indicators, 0, lastRow, helper(indicators).createFormulaListConstraint(codes), false);
        list(indicators, 1, lastRow, explicit(indicators, level1), true);
        list(indicators, 2, lastRow, helper(indicators).createFormulaListConstraint("INDIRECT($B2)"), true);
    }

    private static DataValidationConstraint explicit(XSSFSheet sheet, List<String> values) {
        return helper(sheet).createExplicitListConstraint(values.toArray(String[]::new));
    }

    /** {@code strict}: only the listed values may be typed; otherwise a warning the clerk may override. */
    private static void list(XSSFSheet sheet, int column, int lastRow, DataValidationConstraint constraint, boolean strict) {
        DataValidation v = helper(sheet).createValidation(constraint, new CellRangeAddressList(1, lastRow - 1, column, column));
        v.setSuppressDropDownArrow(true); // POI's name for it: true shows the arrow in .xlsx
        v.setShowErrorBox(true);
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static XSSFDataValidationHelper helper(XSSFSheet sheet) { return new XSSFDataValidationHelper(sheet); }
}
