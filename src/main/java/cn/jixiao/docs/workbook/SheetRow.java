package cn.jixiao.docs.workbook;

import java.util.List;

/** One row of a sheet as read: its 1-based number and its cells' values by column (null where empty). */
record SheetRow(int number, List<String> cells) {

    String cell(int column) { return column >= 0 && column < cells.size() ? cells.get(column) : null; }

    boolean blank() { return cells.stream().allMatch(c -> CellText.text(c) == null); }
}
