package cn.jixiao.docs.workbook;

/** What a column holds: it decides how a cell is written (format, width) and how a typed value is read back. */
enum CellKind {
    /** Prose, kept exactly as typed (only the ends trimmed); wraps. */
    TEXT,
    /** A code or a short name: text, so that Excel keeps leading zeros and never turns it into a date. */
    CODE,
    /** One list item per line inside the cell (项目 › 绩效目标). */
    LINES,
    /** 万元: a decimal number, shown with two decimals. */
    MONEY,
    /** A percentage: 25 and 25% both mean 25. */
    PERCENT,
    /** A whole number (年度). */
    YEAR,
    /** A value picked from a drop-down list. */
    CHOICE
}
