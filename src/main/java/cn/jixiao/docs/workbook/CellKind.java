package cn.jixiao.docs.workbook;

/** What a column holds: it decides how a cell is written (format, width) and how a typed value is read back. */
enum CellKind {
    /** Prose, kept exactly as typed (only the ends trimmed); wraps. */
    TEXT(null),
    /** A code or a short name: text, so that Excel keeps leading zeros and never turns it into a date. */
    CODE(null),
    /** One list item per line inside the cell (项目 › 绩效目标). */
    LINES(null),
    /** 万元: a decimal number, shown with two decimals; 「13万元」 is 13. */
    MONEY("万元"),
    /** A percentage: 25 and 25% both mean 25. */
    PERCENT("%"),
    /** A whole number (年度); 「2024年」 is 2024. */
    YEAR("年"),
    /** A value picked from a drop-down list. */
    CHOICE(null);

    private final String unit;

    CellKind(String unit) { this.unit = unit; }

    /** What a clerk may type after a number of this kind, as the header names it; null for kinds that are not numbers. */
    String unit() { return unit; }
}
