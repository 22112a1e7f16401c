package cn.jixiao.docs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plan (as contract JSON) laid out as each sheet's rows, one value per column: the inverse of the readers, so a
 * written workbook reads back as the same plan.
 */
final class SheetContents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SheetContents() {}

    /** 部门信息: label, value, note for every field, filled or not, so the clerk sees every field there is. */
    static List<List<JsonNode>> department(JsonNode plan) {
        List<List<JsonNode>> rows = new ArrayList<>();
        for (Column field : WorkbookFormat.DEPARTMENT_FIELDS) {
            rows.add(List.of(NODES.textNode(WorkbookFormat.label(field)), plan.at(field.pointer("")),
                    NODES.textNode(WorkbookFormat.note(field))));
        }
        return rows;
    }

    static List<List<JsonNode>> overview(JsonNode plan) {
        List<List<JsonNode>> rows = new ArrayList<>();
        JsonNode overview = plan.path("overview");
        for (JsonNode p : overview.path("overallGoal")) {
            rows.add(paragraphRow("overallGoal", p));
        }
        for (JsonNode g : overview.path("subGoals")) {
            JsonNode[] first = paragraphRow("subGoals", g.path("text").path(0)).toArray(JsonNode[]::new);
            first[1] = g.path("title");
            first[2] = g.path("goal");
            first[3] = g.path("indicator");
            rows.add(Arrays.asList(first));
            for (int i = 1; i < g.path("text").size(); i++) {
                rows.add(paragraphRow("subGoals", g.path("text").get(i)));
            }
        }
        for (JsonNode p : overview.path("measures")) {
            rows.add(paragraphRow("measures", p));
        }
        return rows;
    }

    static List<List<JsonNode>> projects(JsonNode plan) {
        List<List<JsonNode>> rows = new ArrayList<>();
        for (JsonNode project : plan.path("projects")) {
            rows.add(WorkbookFormat.PROJECT_COLUMNS.stream().map(c -> project.at(c.pointer(""))).toList());
        }
        return rows;
    }

    /** Each project's indicators in its order, the project named by its code in the first column. */
    static List<List<JsonNode>> indicators(JsonNode plan) {
        List<List<JsonNode>> rows = new ArrayList<>();
        for (JsonNode project : plan.path("projects")) {
            for (JsonNode indicator : project.path("indicators")) {
                List<JsonNode> row = new ArrayList<>();
                row.add(project.path("code"));
                WorkbookFormat.INDICATOR_COLUMNS.stream().skip(1).forEach(c -> row.add(indicator.at(c.pointer(""))));
                rows.add(row);
            }
        }
        return rows;
    }

    /** A row of 整体目标 holding one paragraph (a string, or {title, text}) of the given part. */
    private static List<JsonNode> paragraphRow(String part, JsonNode paragraph) {
        JsonNode title = paragraph.isObject() ? paragraph.path("title") : null;
        JsonNode text = paragraph.isObject() ? paragraph.path("text") : paragraph;
        return Arrays.asList(NODES.textNode(WorkbookFormat.partName(part)), null, null, null, title, text);
    }
}
