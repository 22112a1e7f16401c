package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a valid plan ready to print: defaults filled in (unitLabel, preparedBy), money rounded half-up to two
 * decimals (percentages where they have more), Windows line ends unified, indicators in framework order (input order kept inside a group).
 */
final class PlanNormalizer {

    private PlanNormalizer() {}

    static Plan normalize(Plan p) {
        Plan.Department d = p.department();
        String unitLabel = or(d.unitLabel(), d.name());
        Plan.Department department = new Plan.Department(t(d.code()), t(d.name()), t(unitLabel));
        return new Plan(p.year(), department, t(p.status()), t(or(p.preparedBy(), d.name())), t(p.reviewedBy()),
                p.template(), overview(p.overview()),
                p.projects().stream().map(pr -> project(pr, unitLabel)).toList());
    }

    private static Plan.Overview overview(Plan.Overview o) {
        return new Plan.Overview(paragraphs(o.overallGoal()),
                o.subGoals().stream().map(g -> new Plan.SubGoal(t(g.title()), t(g.goal()), t(g.indicator()),
                        paragraphs(g.text()))).toList(),
                paragraphs(o.measures()));
    }

    private static List<Plan.Paragraph> paragraphs(List<Plan.Paragraph> list) {
        return list.stream().map(x -> new Plan.Paragraph(t(x.title()), t(x.text()))).toList();
    }

    private static Plan.Project project(Plan.Project p, String departmentUnitLabel) {
        Plan.Budget b = p.budget();
        Plan.SpendingPlan s = p.spendingPlan();
        List<Plan.Indicator> indicators = p.indicators().stream()
                .map(i -> new Plan.Indicator(t(i.level1()), t(i.level2()), t(i.level3()), t(i.description()),
                        t(i.value()), t(i.basis())))
                .sorted(Comparator.comparingInt(i -> Framework.rank(i.level1(), i.level2())))
                .toList();
        return new Plan.Project(t(p.code()), t(p.name()), t(or(p.unitLabel(), departmentUnitLabel)),
                new Plan.Budget(money(b.total()), money(b.fiscal()), money(b.other())),
                t(p.purpose()),
                s == null ? new Plan.SpendingPlan(null, null, null, null)
                        : new Plan.SpendingPlan(percent(s.march()), percent(s.june()), percent(s.october()),
                                percent(s.december())),
                p.goals().stream().map(PlanNormalizer::t).toList(),
                indicators);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(Limits.PRINTED_DECIMALS, RoundingMode.HALF_UP);
    }

    /** Printed as given (25, 37.5), only rounded where it has more decimals than print. */
    private static BigDecimal percent(BigDecimal v) {
        return v == null || v.stripTrailingZeros().scale() <= Limits.PRINTED_DECIMALS ? v
                : v.setScale(Limits.PRINTED_DECIMALS, RoundingMode.HALF_UP);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String t(String s) { return s == null ? null : s.replace("\r\n", "\n"); }
}
