package cn.jixiao.docs.workbook;

import cn.jixiao.docs.problem.Messages;
import java.util.List;

/**
 * The staff workbook's public format: which sheets there are, their columns in order, and their Chinese words (from
 * workbook.properties). Reader and writer both work from here, so what is written is exactly what is read.
 */
final class WorkbookFormat {

    static final Messages WORDS = Messages.from("/workbook.properties");

    static final String GUIDE = "guide";
    static final String DEPARTMENT = "department";
    static final String OVERVIEW = "overview";
    static final String PROJECTS = "projects";
    static final String INDICATORS = "indicators";
    static final String LISTS = "lists";

    /** 部门信息: the labelled fields, top to bottom, each with the pointer it fills. */
    static final List<Column> DEPARTMENT_FIELDS = List.of(
            new Column("year", CellKind.YEAR, 0),
            new Column("department/code", CellKind.CODE, 0),
            new Column("department/name", CellKind.TEXT, 0),
            new Column("department/unitLabel", CellKind.TEXT, 0),
            new Column("status", CellKind.TEXT, 0),
            new Column("preparedBy", CellKind.TEXT, 0),
            new Column("reviewedBy", CellKind.TEXT, 0),
            new Column("template", CellKind.CODE, 0));

    /** 部门信息's own three columns: label, value, note. */
    static final List<Column> DEPARTMENT_COLUMNS = List.of(
            new Column("label", CellKind.CODE, 14),
            new Column("value", CellKind.TEXT, 48),
            new Column("note", CellKind.TEXT, 60));

    static final List<Column> OVERVIEW_COLUMNS = List.of(
            new Column("part", CellKind.CHOICE, 16),
            new Column("subGoal", CellKind.TEXT, 22),
            new Column("goal", CellKind.TEXT, 36),
            new Column("indicator", CellKind.TEXT, 36),
            new Column("title", CellKind.TEXT, 16),
            new Column("text", CellKind.TEXT, 70));

    static final List<Column> PROJECT_COLUMNS = List.of(
            new Column("code", CellKind.CODE, 24),
            new Column("name", CellKind.TEXT, 24),
            new Column("unitLabel", CellKind.TEXT, 18),
            new Column("budget/total", CellKind.MONEY, 12),
            new Column("budget/fiscal", CellKind.MONEY, 12),
            new Column("budget/other", CellKind.MONEY, 12),
            new Column("purpose", CellKind.TEXT, 36),
            new Column("spendingPlan/march", CellKind.PERCENT, 10),
            new Column("spendingPlan/june", CellKind.PERCENT, 10),
            new Column("spendingPlan/october", CellKind.PERCENT, 10),
            new Column("spendingPlan/december", CellKind.PERCENT, 10),
            new Column("goals", CellKind.LINES, 36));

    static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("project", CellKind.CODE, 24),
            new Column("level1", CellKind.CHOICE, 12),
            new Column("level2", CellKind.CHOICE, 18),
            new Column("level3", CellKind.TEXT, 22),
            new Column("description", CellKind.TEXT, 26),
            new Column("value", CellKind.TEXT, 16),
            new Column("basis", CellKind.TEXT, 22));

    /** The 内容类别 of 整体目标, in the order the document prints them; each is a field of /overview. */
    static final List<String> OVERVIEW_PARTS = List.of("overallGoal", "subGoals", "measures");

    private WorkbookFormat() {}

    static String sheetName(String sheet) { return WORDS.get("sheet." + sheet); }

    static String header(String sheet, Column column) { return WORDS.get(sheet + "." + key(column)); }

    static String comment(String sheet, Column column) { return WORDS.get(sheet + "." + key(column) + ".comment"); }

    /** The label of a 部门信息 field (年度, 部门编码, …) and its note. */
    static String label(Column field) { return WORDS.get(DEPARTMENT + "." + field.key().replace("department/", "")); }

    static String note(Column field) { return WORDS.get(DEPARTMENT + "." + field.key().replace("department/", "") + ".note"); }

    static String partName(String part) { return WORDS.get(OVERVIEW + ".part." + part); }

    private static String key(Column column) { return column.key().replace('/', '.'); }
}
