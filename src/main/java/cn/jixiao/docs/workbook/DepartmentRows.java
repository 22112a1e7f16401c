package cn.jixiao.docs.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads 『部门信息』: one labelled field per row (年度, 部门编码, …), in any order, into the plan's top fields. */
final class DepartmentRows {

    private DepartmentRows() {}

    static void read(List<SheetRow> rows, ReadContext cx) {
        String sheet = WorkbookFormat.sheetName(WorkbookFormat.DEPARTMENT);
        HeaderRow header = HeaderRow.find(WorkbookFormat.DEPARTMENT, WorkbookFormat.DEPARTMENT_COLUMNS, rows, cx);
        int labelColumn = header.of(0);
        int valueColumn = header.of(1);
        Map<String, Column> byLabel = new HashMap<>();
        for (Column field : WorkbookFormat.DEPARTMENT_FIELDS) {
            byLabel.put(HeaderKey.of(WorkbookFormat.label(field)), field);
        }
        List<String> labels = WorkbookFormat.DEPARTMENT_FIELDS.stream().map(WorkbookFormat::label).toList();
        cx.root.putObject("department");
        cx.places.put("/department", new Place.Sheet(sheet));
        Map<Column, Integer> seen = new HashMap<>();
        String labelHeader = WorkbookFormat.header(WorkbookFormat.DEPARTMENT, WorkbookFormat.DEPARTMENT_COLUMNS.get(0));
        for (SheetRow row : labelColumn < 0 || valueColumn < 0 ? List.<SheetRow>of() : header.dataRows(rows, cx)) {
            String label = CellText.text(row.cell(labelColumn));
            Place.Cell labelPlace = new Place.Cell(sheet, row.number(), labelColumn, labelHeader);
            Column field = label == null ? null : byLabel.get(HeaderKey.of(label));
            if (label == null) {
                cx.structuralError(labelPlace, "workbook.error.blankLabel");
            } else if (field == null) {
                String meant = cx.nearest(label, labels);
                cx.structuralError(labelPlace, "workbook.error.unknownLabel", label, meant != null
                        ? cx.messages.format("hint.didYouMean", meant)
                        : cx.messages.format("workbook.hint.labels", String.join("、", labels)));
            } else if (seen.containsKey(field)) {
                cx.structuralError(labelPlace, "workbook.error.duplicateLabel", label, seen.get(field));
            } else {
                seen.put(field, row.number());
                cx.put(cx.root, "", field, row.cell(valueColumn),
                        new Place.Cell(sheet, row.number(), valueColumn, WorkbookFormat.label(field)));
            }
        }
        // A field whose row was deleted is still found: on this sheet.
        for (Column field : WorkbookFormat.DEPARTMENT_FIELDS) {
            cx.places.put(field.pointer(""), new Place.Sheet(sheet));
        }
    }
}
