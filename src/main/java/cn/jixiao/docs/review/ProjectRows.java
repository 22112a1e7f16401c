package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import java.util.List;

/** One project under review, with its indicators in input order. */
record ProjectRows(int index, Plan.Project project, List<Row> rows) {

    ProjectRows {
        rows = List.copyOf(rows);
    }

    String path() { return "/projects/" + index; }
}
