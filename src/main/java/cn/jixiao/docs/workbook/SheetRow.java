package cn.jixiao.docs.workbook;

import java.util.List;
import java.util.Map;

/**
 * One row of a sheet as read: its 1-based number, its cells' values by column (null where empty), and the cells
 * that show no value a clerk typed (an error value such as #N/A, a formula the file has no result for), by column.
 */
record SheetRow(int number, List<String> cells, Map<Integer, CellError> errors) {

    /** What a cell shows instead of a value: the message's key and what to quote of the cell. */
    record CellError(String messageKey, String shown) {}

    String cell(int column) { return column >= 0 && column < cells.size() ? cells.get(column) : null; }
}
