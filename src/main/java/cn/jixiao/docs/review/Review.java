package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import java.util.List;

/**
 * The review of one plan: its findings in document order, its score, and each project's score. A plan that did not
 * validate is not reviewed: {@code plan} and {@code score} are null and the findings are validation's problems.
 */
public record Review(Plan plan, List<Finding> findings, Integer score, List<ProjectScore> projects) {

    /** One project's score (see {@link Score}); {@code index} counts from 0, as JSON Pointers do. */
    public record ProjectScore(int index, String code, String name, int score) {
        public String path() { return "/projects/" + index; }
    }

    public Review {
        findings = List.copyOf(findings);
        projects = List.copyOf(projects);
    }

    public boolean reviewed() { return plan != null; }

    /** What decides the exit code of {@code review} and the batch summary's verdict. */
    public boolean hasErrors() { return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR); }

    public long count(Severity severity) { return findings.stream().filter(f -> f.severity() == severity).count(); }
}
