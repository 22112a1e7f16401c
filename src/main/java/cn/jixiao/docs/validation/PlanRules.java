package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The contract's semantic rules, run on a structurally sound {@link Plan}; every problem is collected. */
final class PlanRules {

    static final int MAX_TEXT = 20_000;
    static final int MAX_PROJECTS = 500;
    static final int MAX_INDICATORS = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProblemCollector problems;

    PlanRules(ProblemCollector problems) { this.problems = problems; }

    void check(Plan plan) {
        if (plan.year() != null && (plan.year() < 2000 || plan.year() > 2100)) {
            problems.error("/year", "error.yearRange", plan.year());
        }
        if (plan.department() != null) {
            text("/department/code", plan.department().code());
            text("/department/name", plan.department().name());
            text("/department/unitLabel", plan.department().unitLabel());
        }
        text("/status", plan.status());
        text("/preparedBy", plan.preparedBy());
        text("/reviewedBy", plan.reviewedBy());
        text("/template", plan.template());
        overview(plan.overview());
        if (plan.projects().isEmpty()) {
            problems.warning("/projects", "warning.noProjects");
        } else if (plan.projects().size() > MAX_PROJECTS) {
            problems.error("/projects", "error.tooManyProjects", plan.projects().size(), MAX_PROJECTS);
        }
        for (int i = 0; i < plan.projects().size(); i++) {
            project("/projects/" + i, plan.projects().get(i));
        }
    }

    private void overview(Plan.Overview overview) {
        paragraphs("/overview/overallGoal", overview.overallGoal());
        for (int i = 0; i < overview.subGoals().size(); i++) {
            Plan.SubGoal g = overview.subGoals().get(i);
            String path = "/overview/subGoals/" + i;
            text(path + "/title", g.title());
            text(path + "/goal", g.goal());
            text(path + "/indicator", g.indicator());
            paragraphs(path + "/text", g.text());
        }
        paragraphs("/overview/measures", overview.measures());
    }

    private void paragraphs(String path, List<Plan.Paragraph> paragraphs) {
        boolean single = paragraphs.size() == 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Plan.Paragraph p = paragraphs.get(i);
            // A list given as one string has no index in the input, so its problems point at the field itself.
            String itemPath = single && p.title() == null ? path : path + "/" + i;
            if (p.title() == null) {
                text(itemPath, p.text());
            } else {
                text(itemPath + "/title", p.title());
                text(itemPath + "/text", p.text());
            }
        }
    }

    private void project(String path, Plan.Project p) {
        text(path + "/code", p.code());
        text(path + "/name", p.name());
        text(path + "/unitLabel", p.unitLabel());
        text(path + "/purpose", p.purpose());
        for (int i = 0; i < p.goals().size(); i++) {
            text(p.goals().size() == 1 ? path + "/goals" : path + "/goals/" + i, p.goals().get(i));
        }
        if (p.budget() != null) {
            budget(path + "/budget", p.budget());
        }
        if (p.spendingPlan() != null) {
            spendingPlan(path + "/spendingPlan", p.spendingPlan());
        }
        if (p.indicators().size() > MAX_INDICATORS) {
            problems.error(path + "/indicators", "error.tooManyIndicators", p.indicators().size(), MAX_INDICATORS);
        }
        for (int i = 0; i < p.indicators().size(); i++) {
            indicator(path + "/indicators/" + i, p.indicators().get(i));
        }
    }

    private void budget(String path, Plan.Budget b) {
        money(path + "/total", b.total());
        money(path + "/fiscal", b.fiscal());
        money(path + "/other", b.other());
        if (b.total() != null && b.fiscal() != null) {
            BigDecimal other = b.other() == null ? BigDecimal.ZERO : b.other();
            BigDecimal sum = b.fiscal().add(other);
            if (sum.compareTo(b.total()) != 0) {
                problems.error(path + "/total", "error.budgetMismatch", plain(b.total()), plain(b.fiscal()),
                        plain(other), plain(sum));
            }
        }
    }

    private void money(String path, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.error(path, "error.negativeMoney", plain(amount));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.warning(path, "warning.moneyDecimals", plain(amount),
                    amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }

    /** Only the hard limit: whether the plan is sensible (rising, complete by December) is the review's concern. */
    private void spendingPlan(String path, Plan.SpendingPlan s) {
        String[] names = {"march", "june", "october", "december"};
        BigDecimal[] values = {s.march(), s.june(), s.october(), s.december()};
        for (int i = 0; i < values.length; i++) {
            BigDecimal v = values[i];
            if (v != null && (v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
                problems.error(path + "/" + names[i], "error.percentRange", plain(v));
            }
        }
    }

    private void indicator(String path, Plan.Indicator ind) {
        text(path + "/level1", ind.level1());
        text(path + "/level2", ind.level2());
        text(path + "/level3", ind.level3());
        text(path + "/description", ind.description());
        text(path + "/value", ind.value());
        text(path + "/basis", ind.basis());
        if (ind.level1() == null) {
            return;
        }
        if (!Framework.level1Values().contains(ind.level1())) {
            problems.error(path + "/level1", "error.level1", ind.level1(), String.join("、", Framework.level1Values()));
        } else if (ind.level2() != null && !Framework.level2Values(ind.level1()).contains(ind.level2())) {
            problems.error(path + "/level2", "error.level2", ind.level2(), ind.level1(),
                    String.join("、", Framework.level2Values(ind.level1())));
        }
    }

    /** Length and control-character checks shared by every text field. */
    private void text(String path, String value) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_TEXT) {
            problems.error(path, "error.textTooLong", length, MAX_TEXT);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean windowsNewline = c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && !windowsNewline) {
                problems.error(path, "error.controlChar", String.format("U+%04X", (int) c), i + 1);
                return;
            }
        }
    }

    private static String plain(BigDecimal v) { return v.toPlainString(); }
}
