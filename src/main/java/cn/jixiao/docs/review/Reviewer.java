package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 绩效目标审核: reviews a validated plan's goals and indicators the way a finance bureau does before it accepts the
 * document, and scores it. Reads the plan, never the JSON, so the same review serves every input form that
 * validation turns into a {@link Plan}. Immutable and thread-safe: one instance serves every request.
 */
public final class Reviewer {

    /** Findings in document order: the plan's own first, then by project, each project's own before its rows. */
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparingInt(Finding::project)
            .thenComparingInt(Reviewer::indicatorIndex);

    private final ValueParser parser;
    private final PlaceholderCheck placeholders;
    private final List<ProjectCheck> projectChecks;
    private final List<RowCheck> rowChecks;

    public Reviewer(Vocabulary vocabulary) {
        this.parser = new ValueParser(vocabulary.values());
        this.placeholders = new PlaceholderCheck(vocabulary);
        this.projectChecks = List.of(placeholders, new GoalCheck(vocabulary), new SpendingPlanCheck(),
                new DimensionCheck(), new DuplicateCheck());
        this.rowChecks = List.of(placeholders, new RefinementCheck(), new ValueFormCheck(vocabulary),
                new TargetCheck(vocabulary), new BasisCheck(vocabulary));
    }

    /** With the bundled vocabulary, extended by the file {@value Vocabulary#ENVIRONMENT} names if set. */
    public static Reviewer standard() { return new Reviewer(Vocabulary.standard()); }

    /** Validates, then reviews; a plan that does not validate comes back unreviewed with validation's problems. */
    public Review review(byte[] json) { return review(Validator.validate(json)); }

    public Review review(Validation v) {
        if (!v.valid()) {
            return unreviewable(v.problems());
        }
        return review(v.asGiven());
    }

    /**
     * Reviews a plan in its input order ({@link Validation#asGiven()}), so that the findings' pointers point into
     * the input; the normalized plan sorts indicators and would not.
     */
    public Review review(Plan plan) {
        Findings out = new Findings();
        placeholders.plan(plan, out);
        for (int p = 0; p < plan.projects().size(); p++) {
            Plan.Project project = plan.projects().get(p);
            List<Row> rows = new ArrayList<>(project.indicators().size());
            for (int i = 0; i < project.indicators().size(); i++) {
                Plan.Indicator indicator = project.indicators().get(i);
                Cells cells = Cells.of(indicator);
                rows.add(new Row(p, i, project, indicator, cells, parser.parse(indicator.value(), cells.value())));
            }
            ProjectRows under = new ProjectRows(p, project, rows);
            for (ProjectCheck check : projectChecks) {
                check.check(under, out);
            }
            for (Row row : rows) {
                for (RowCheck check : rowChecks) {
                    check.check(row, out);
                }
            }
        }
        List<Finding> findings = new ArrayList<>(out.list());
        findings.sort(DOCUMENT_ORDER);
        return Score.review(plan, findings);
    }

    private static Review unreviewable(List<Problem> problems) {
        Messages m = Messages.get();
        List<Finding> findings = problems.stream()
                .map(p -> new Finding(Rule.VALIDATION, p.isError() ? Severity.ERROR : Severity.WARNING, p.path(),
                        p.location(m), p.message()))
                .toList();
        return new Review(null, findings, null, List.of());
    }

    /** "/projects/2/indicators/5/value" → 5; -1 for findings about the project or the plan. */
    private static int indicatorIndex(Finding f) {
        String[] parts = f.path().split("/");
        if (parts.length > 4 && parts[3].equals("indicators") && !parts[4].isEmpty()
                && parts[4].chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(parts[4]);
        }
        return -1;
    }
}
