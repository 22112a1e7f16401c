package cn.jixiao.docs.workbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads 『整体目标』 (第一部分): one paragraph per row, each row's 内容类别 saying which list it belongs to. A
 * 分项绩效目标 row with a 分项标题 (or a goal or indicator) starts a sub-goal; one with only a paragraph continues the
 * sub-goal above it.
 */
final class OverviewRows {

    private static final int PART = 0;
    private static final int SUB_GOAL = 1;
    private static final int GOAL = 2;
    private static final int INDICATOR = 3;
    private static final int TITLE = 4;
    private static final int TEXT = 5;

    private final ReadContext cx;
    private final HeaderRow header;
    private final ObjectNode overview;
    private ObjectNode subGoal;
    private String subGoalPointer;

    private OverviewRows(ReadContext cx, HeaderRow header, ObjectNode overview) {
        this.cx = cx;
        this.header = header;
        this.overview = overview;
    }

    static void read(List<SheetRow> rows, ReadContext cx) {
        HeaderRow header = HeaderRow.find(WorkbookFormat.OVERVIEW, WorkbookFormat.OVERVIEW_COLUMNS, rows, cx);
        List<SheetRow> data = header.dataRows(rows, cx);
        if (data.isEmpty() || header.of(PART) < 0) {
            return;
        }
        OverviewRows reader = new OverviewRows(cx, header, cx.root.putObject("overview"));
        Map<String, String> parts = new HashMap<>();
        for (String part : WorkbookFormat.OVERVIEW_PARTS) {
            parts.put(HeaderKey.of(WorkbookFormat.partName(part)), part);
        }
        for (SheetRow row : data) {
            String given = CellText.text(header.value(row, PART));
            String part = given == null ? null : parts.get(HeaderKey.of(given));
            if (part == null) {
                cx.error(reader.cell(row, PART), "workbook.error.unknownPart", given == null ? cx.messages.get("value.empty") : given,
                        String.join("、", WorkbookFormat.OVERVIEW_PARTS.stream().map(WorkbookFormat::partName).toList()));
            } else if (part.equals("subGoals")) {
                reader.subGoalRow(row);
            } else {
                reader.paragraphRow(row, part);
            }
        }
    }

    private void paragraphRow(SheetRow row, String part) {
        for (int only : new int[] {SUB_GOAL, GOAL, INDICATOR}) {
            if (CellText.text(header.value(row, only)) != null) {
                cx.error(cell(row, only), "workbook.error.subGoalOnly", header(only), WorkbookFormat.partName("subGoals"));
            }
        }
        ArrayNode list = overview.has(part) ? (ArrayNode) overview.get(part) : overview.putArray(part);
        paragraph(row, list, "/overview/" + part);
    }

    private void subGoalRow(SheetRow row) {
        boolean starts = subGoal == null || CellText.text(header.value(row, SUB_GOAL)) != null
                || CellText.text(header.value(row, GOAL)) != null || CellText.text(header.value(row, INDICATOR)) != null;
        if (starts) {
            ArrayNode list = overview.has("subGoals") ? (ArrayNode) overview.get("subGoals") : overview.putArray("subGoals");
            subGoalPointer = "/overview/subGoals/" + list.size();
            subGoal = list.addObject();
            cx.places.put(subGoalPointer, cell(row, SUB_GOAL));
            cx.put(subGoal, subGoalPointer, column(SUB_GOAL, "title"), header.value(row, SUB_GOAL), cell(row, SUB_GOAL));
            cx.put(subGoal, subGoalPointer, column(GOAL, "goal"), header.value(row, GOAL), cell(row, GOAL));
            cx.put(subGoal, subGoalPointer, column(INDICATOR, "indicator"), header.value(row, INDICATOR), cell(row, INDICATOR));
        }
        ArrayNode text = subGoal.has("text") ? (ArrayNode) subGoal.get("text") : subGoal.putArray("text");
        paragraph(row, text, subGoalPointer + "/text");
        if (text.isEmpty()) {
            subGoal.remove("text");
        }
    }

    /** A paragraph: the text alone as a string, or {title, text} when it has a title; nothing when both are blank. */
    private void paragraph(SheetRow row, ArrayNode list, String listPointer) {
        String title = CellText.text(header.value(row, TITLE));
        String text = CellText.text(header.value(row, TEXT));
        if (title == null && text == null) {
            return;
        }
        String pointer = listPointer + "/" + list.size();
        if (title == null) {
            list.add(text);
            cx.places.put(pointer, cell(row, TEXT));
            return;
        }
        ObjectNode p = list.addObject();
        cx.places.put(pointer, cell(row, TITLE));
        cx.put(p, pointer, column(TITLE, "title"), header.value(row, TITLE), cell(row, TITLE));
        cx.put(p, pointer, column(TEXT, "text"), header.value(row, TEXT), cell(row, TEXT));
    }

    /** The sheet column {@code i} as the contract field {@code field} of the object it fills. */
    private static Column column(int i, String field) {
        return new Column(field, WorkbookFormat.OVERVIEW_COLUMNS.get(i).kind(), 0);
    }

    private String header(int i) { return WorkbookFormat.header(WorkbookFormat.OVERVIEW, WorkbookFormat.OVERVIEW_COLUMNS.get(i)); }

    private Place.Cell cell(SheetRow row, int i) { return header.cell(row.number(), i); }
}
