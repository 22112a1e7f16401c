package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code placeholder} (error): template text nobody replaced, in every text a reviewer reads — numbered labels,
 * patterns of the vocabulary (「XX」「**」「待填」「示例」), masked numbers, and empty or 「0」 cells of the
 * 绩效目标表. Codes and the template name are not prose and are left alone.
 */
final class PlaceholderCheck implements ProjectCheck, RowCheck {

    private final Vocabulary vocabulary;

    PlaceholderCheck(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    /** The plan's own texts: the department, who prepared and reviewed it, and 第一部分. */
    void plan(Plan plan, Findings out) {
        Plan.Department d = plan.department();
        text("/department/name", d.name(), out);
        text("/department/unitLabel", d.unitLabel(), out);
        text("/preparedBy", plan.preparedBy(), out);
        text("/reviewedBy", plan.reviewedBy(), out);
        Plan.Overview o = plan.overview();
        paragraphs("/overview/overallGoal", o.overallGoal(), out);
        for (int i = 0; i < o.subGoals().size(); i++) {
            Plan.SubGoal g = o.subGoals().get(i);
            String path = "/overview/subGoals/" + i;
            text(path + "/title", g.title(), out);
            text(path + "/goal", g.goal(), out);
            text(path + "/indicator", g.indicator(), out);
            paragraphs(path + "/text", g.text(), out);
        }
        paragraphs("/overview/measures", o.measures(), out);
    }

    @Override
    public void check(ProjectRows p, Findings out) {
        Plan.Project project = p.project();
        text(p.path() + "/name", project.name(), out);
        text(p.path() + "/unitLabel", project.unitLabel(), out);
        text(p.path() + "/purpose", project.purpose(), out);
        List<String> goals = project.goals();
        for (int i = 0; i < goals.size(); i++) {
            text(goalPath(p, goals.size(), i), goals.get(i), out);
        }
    }

    /** A goal's pointer, as validation points at it: a single goal may have been given as one string. */
    static String goalPath(ProjectRows p, int count, int i) {
        return count == 1 ? p.path() + "/goals" : p.path() + "/goals/" + i;
    }

    @Override
    public void check(Row row, Findings out) {
        Plan.Indicator i = row.indicator();
        Cells c = row.cells();
        cell(row, "level3", i.level3(), c.level3(), out);
        cell(row, "description", i.description(), c.description(), out);
        if (row.value() instanceof IndicatorValue.Blank) {
            out.add(Rule.PLACEHOLDER, Severity.ERROR, row.path("value"), "empty", label("value"));
        } else if (row.value() instanceof IndicatorValue.Masked m) {
            out.add(Rule.PLACEHOLDER, Severity.ERROR, row.path("value"), "masked", m.text());
        } else {
            report(() -> row.path("value"), i.value(), c.value(), out);
        }
        cell(row, "basis", i.basis(), c.basis(), out);
    }

    private void cell(Row row, String field, String value, String core, Findings out) {
        if (Text.blank(value)) {
            out.add(Rule.PLACEHOLDER, Severity.ERROR, row.path(field), "empty", label(field));
        } else if (core.equals("0")) {
            out.add(Rule.PLACEHOLDER, Severity.ERROR, row.path(field), "zero", label(field));
        } else {
            report(() -> row.path(field), value, core, out);
        }
    }

    private void paragraphs(String path, List<Plan.Paragraph> paragraphs, Findings out) {
        boolean single = paragraphs.size() == 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Plan.Paragraph p = paragraphs.get(i);
            // As validation points: a list given as one string has no index in the input.
            String itemPath = single && p.title() == null ? path : path + "/" + i;
            if (p.title() == null) {
                text(itemPath, p.text(), out);
            } else {
                text(itemPath + "/title", p.title(), out);
                text(itemPath + "/text", p.text(), out);
            }
        }
    }

    private void text(String path, String value, Findings out) {
        if (!Text.blank(value)) {
            report(() -> path, value, Text.core(value), out);
        }
    }

    /** {@code path} is only built for a finding: thousands of cells are checked, few are placeholders. */
    private void report(Supplier<String> path, String value, String core, Findings out) {
        if (vocabulary.isLabel(core)) {
            out.add(Rule.PLACEHOLDER, Severity.ERROR, path.get(), "label", Text.quote(value));
            return;
        }
        String found = vocabulary.placeholderIn(core);
        if (found != null) {
            out.add(Rule.PLACEHOLDER, Severity.ERROR, path.get(), "pattern", Text.quote(value), found);
        }
    }

    private static String label(String field) { return Messages.get().get("label.indicators." + field); }
}
