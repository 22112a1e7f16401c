package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;

/**
 * An indicator's cells as the checks compare them: each one's {@link Text#core}, computed once per review rather
 * than once per comparison.
 */
record Cells(String level1, String level2, String level3, String description, String value, String basis) {

    static Cells of(Plan.Indicator i) {
        return new Cells(Text.core(i.level1()), Text.core(i.level2()), Text.core(i.level3()),
                Text.core(i.description()), Text.core(i.value()), Text.core(i.basis()));
    }
}
