package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;

/** One indicator under review: where it is, the project it belongs to, and its value as parsed once for all checks. */
record Row(int projectIndex, int index, Plan.Project project, Plan.Indicator indicator, Cells cells,
           IndicatorValue value) {

    String path() { return "/projects/" + projectIndex + "/indicators/" + index; }

    String path(String field) { return path() + "/" + field; }

    /** The 三级指标 and the description together: what the indicator is about, for checks that look for words. */
    String subject() { return cells.level3() + cells.description(); }
}
