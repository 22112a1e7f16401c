package cn.jixiao.docs.workbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads 『项目』: one project per row, in order. Returns each project's 项目编码 with its index, which is how
 * 『绩效指标』 rows find their project.
 */
final class ProjectRows {

    /** A project as 『绩效指标』 rows refer to it: its index in /projects and the sheet row it was read from. */
    record Ref(int index, int row, ObjectNode project) {}

    private ProjectRows() {}

    static Map<String, Ref> read(List<SheetRow> rows, ReadContext cx) {
        List<Column> columns = WorkbookFormat.PROJECT_COLUMNS;
        HeaderRow header = HeaderRow.find(WorkbookFormat.PROJECTS, columns, rows, cx);
        ArrayNode projects = cx.root.putArray("projects");
        Map<String, Ref> byCode = new HashMap<>();
        List<SheetRow> data = header.dataRows(rows, cx);
        // /projects itself (no projects, too many) is shown where the first project is, or goes.
        cx.places.put("/projects", header.cell(data.isEmpty() ? 2 : data.get(0).number(), 0));
        for (SheetRow row : data) {
            String pointer = "/projects/" + projects.size();
            ObjectNode project = projects.addObject();
            cx.places.put(pointer, header.cell(row.number(), 0));
            for (int i = 0; i < columns.size(); i++) {
                cx.put(project, pointer, columns.get(i), header.value(row, i), header.cell(row.number(), i));
            }
            String code = CellText.text(header.value(row, 0));
            Ref ref = new Ref(projects.size() - 1, row.number(), project);
            if (code != null && byCode.putIfAbsent(code, ref) != null) {
                cx.error(header.cell(row.number(), 0), "workbook.error.duplicateProject", code,
                        byCode.get(code).row());
            }
            project.putArray("indicators");
        }
        return byCode;
    }
}
