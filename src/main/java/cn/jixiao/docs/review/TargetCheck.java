package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import java.math.BigDecimal;

/**
 * Whether a well-formed target is a sensible one: {@code satisfaction-low} (note: a 满意度 floor under the
 * vocabulary's threshold, 80 %), {@code timeliness-low} (note: a 时效 rate under its threshold, unless the indicator
 * is a progress by a date, which may well be low), {@code cost-over-budget} (warning: a 成本指标 amount above the
 * project's budget, both in 万元).
 */
final class TargetCheck implements RowCheck {

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private final Vocabulary vocabulary;

    TargetCheck(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    @Override
    public void check(Row row, Findings out) {
        if (!(row.value() instanceof IndicatorValue.Quantity q) || q.trailing() != null) {
            return;
        }
        Plan.Indicator i = row.indicator();
        boolean floor = q.operator() == null || !q.operator().ceiling();
        if (q.percent() && floor) {
            if ("满意度指标".equals(i.level1()) && q.number().compareTo(vocabulary.satisfactionFloor()) < 0) {
                out.add(Rule.SATISFACTION_LOW, Severity.NOTE, row.path("value"), "percent", i.value(),
                        vocabulary.satisfactionFloor().toPlainString());
            }
            if ("时效指标".equals(i.level2()) && q.number().compareTo(vocabulary.timelinessFloor()) < 0
                    && !vocabulary.timelinessProgressWords().occursIn(row.subject())) {
                out.add(Rule.TIMELINESS_LOW, Severity.NOTE, row.path("value"), "percent", i.value(),
                        vocabulary.timelinessFloor().toPlainString());
            }
        }
        BigDecimal budget = row.project().budget() == null ? null : row.project().budget().total();
        if (cost(i) && q.yuan() != null && budget != null) {
            BigDecimal wan = q.yuan().divide(YUAN_PER_WAN);
            if (wan.compareTo(budget) > 0) {
                out.add(Rule.COST_OVER_BUDGET, Severity.WARNING, row.path("value"), "amount", i.value(),
                        wan.stripTrailingZeros().toPlainString(), budget.stripTrailingZeros().toPlainString());
            }
        }
    }

    /** 产出指标 › 成本指标, or any indicator of the 2021 framework's 成本指标. */
    private static boolean cost(Plan.Indicator i) {
        return "成本指标".equals(i.level2()) || "成本指标".equals(i.level1());
    }
}
