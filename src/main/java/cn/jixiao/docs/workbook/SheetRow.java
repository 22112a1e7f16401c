package cn.jixiao.docs.workbook;

import java.util.List;
import java.util.Map;

/**
 * One row of a sheet as read: its 1-based number, its cells' values by column (null where empty), and the cells
 * that hold an error value such as #N/A (a formula gone wrong), by column, with the error shown.
 */
record SheetRow(int number, List<String> cells, Map<Integer, String> errors) {

    String cell(int column) { return column >= 0 && column < cells.size() ? cells.get(column) : null; }
}
