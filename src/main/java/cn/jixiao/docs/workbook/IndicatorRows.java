package cn.jixiao.docs.workbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Reads 『绩效指标』: one indicator per row, joined to its project by 项目编码. Rows of different projects may be
 * mixed in any order; each project keeps its own rows in the order they stand.
 */
final class IndicatorRows {

    private IndicatorRows() {}

    static void read(List<SheetRow> rows, Map<String, ProjectRows.Ref> projects, ReadContext cx) {
        List<Column> columns = WorkbookFormat.INDICATOR_COLUMNS;
        HeaderRow header = HeaderRow.find(WorkbookFormat.INDICATORS, columns, rows, cx);
        for (SheetRow row : header.dataRows(rows, cx)) {
            String code = CellText.text(header.value(row, 0));
            Place.Cell codeCell = header.cell(row.number(), 0);
            ProjectRows.Ref project = code == null ? null : projects.get(code);
            if (project == null) {
                if (cx.structural) {
                    // A sheet not laid out as ours (its headers, a missing sheet) is reported already; every
                    // indicator row naming a project that sheet could not give would repeat it.
                    continue;
                }
                String sheetName = WorkbookFormat.sheetName(WorkbookFormat.PROJECTS);
                if (code == null) {
                    cx.error(codeCell, "workbook.error.noProjectCode", sheetName);
                } else {
                    cx.error(codeCell, "workbook.error.unknownProject", code, sheetName);
                }
                continue;
            }
            ArrayNode indicators = (ArrayNode) project.project().get("indicators");
            String pointer = "/projects/" + project.index() + "/indicators/" + indicators.size();
            ObjectNode indicator = indicators.addObject();
            cx.places.put(pointer, codeCell);
            for (int i = 1; i < columns.size(); i++) {
                cx.put(indicator, pointer, columns.get(i), header.value(row, i), header.cell(row.number(), i));
            }
        }
    }
}
