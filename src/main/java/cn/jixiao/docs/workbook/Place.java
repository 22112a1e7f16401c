package cn.jixiao.docs.workbook;

import cn.jixiao.docs.problem.Messages;

/** Where in a workbook a clerk typed something: a sheet, a row of it, or one cell with its column's header. */
sealed interface Place {

    /** In the clerk's words: 「『绩效指标』表第 12 行 F 列（指标值）」. */
    String describe(Messages messages);

    record Sheet(String sheet) implements Place {
        public String describe(Messages m) { return m.format("workbook.where.sheet", sheet); }
    }

    /** {@code row} is 1-based, as Excel numbers rows. */
    record Row(String sheet, int row) implements Place {
        public String describe(Messages m) { return m.format("workbook.where.row", sheet, row); }
    }

    /** {@code column} is 0-based; {@code header} is the column's header, or a 部门信息 row's label. */
    record Cell(String sheet, int row, int column, String header) implements Place {
        public String describe(Messages m) {
            return m.format("workbook.where.cell", sheet, row, letters(column), header);
        }

        /** 0 → A, 25 → Z, 26 → AA. */
        static String letters(int column) {
            StringBuilder sb = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                sb.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return sb.toString();
        }
    }
}
