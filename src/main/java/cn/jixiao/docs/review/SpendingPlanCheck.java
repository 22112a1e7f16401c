package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import java.math.BigDecimal;

/**
 * {@code spending-plan} (warning): the 资金支出计划 is cumulative, so it must not fall from one month named to the
 * next, and must reach 100 % by December. A project without a spending plan is not judged (as before the review,
 * when validation warned about this). Validation still refuses a percentage outside 0–100.
 */
final class SpendingPlanCheck implements ProjectCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] MONTHS = {"march", "june", "october", "december"};

    @Override
    public void check(ProjectRows p, Findings out) {
        Plan.SpendingPlan s = p.project().spendingPlan();
        if (s == null) {
            return;
        }
        String path = p.path() + "/spendingPlan/";
        BigDecimal[] values = {s.march(), s.june(), s.october(), s.december()};
        BigDecimal previous = null;
        for (int i = 0; i < values.length; i++) {
            BigDecimal v = values[i];
            if (v == null) {
                continue;
            }
            if (previous != null && v.compareTo(previous) < 0) {
                String month = Messages.get().get("label.spendingPlan." + MONTHS[i]);
                out.add(Rule.SPENDING_PLAN, Severity.WARNING, path + MONTHS[i], "decreases", month, v.toPlainString(),
                        previous.toPlainString());
            }
            previous = v;
        }
        if (s.december() == null) {
            out.add(Rule.SPENDING_PLAN, Severity.WARNING, path + "december", "december-empty");
        } else if (s.december().compareTo(HUNDRED) < 0) {
            out.add(Rule.SPENDING_PLAN, Severity.WARNING, path + "december", "incomplete",
                    s.december().toPlainString());
        }
    }
}
