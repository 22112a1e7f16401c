package cn.jixiao.docs.workbook;

/**
 * One column of a data sheet: {@code key} is its field below the row's contract object ("budget/total" on a
 * project row) and names its header and comment in workbook.properties; {@code width} is in characters.
 */
record Column(String key, CellKind kind, int width) {

    /** The JSON Pointer of this column's value in the object at {@code rowPointer}. */
    String pointer(String rowPointer) { return rowPointer + "/" + key; }
}
