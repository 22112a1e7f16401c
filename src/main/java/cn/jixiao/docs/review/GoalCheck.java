package cn.jixiao.docs.review;

import java.util.List;

/**
 * {@code goal-missing} (warning): a project without 绩效目标, or whose goals together have fewer than
 * {@value #MIN_LETTERS} letters and digits. Goals that are placeholders are {@link PlaceholderCheck}'s to report.
 */
final class GoalCheck implements ProjectCheck {

    static final int MIN_LETTERS = 8;

    private final Vocabulary vocabulary;

    GoalCheck(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    @Override
    public void check(ProjectRows p, Findings out) {
        List<String> goals = p.project().goals().stream().filter(g -> !Text.blank(g)).toList();
        String path = p.path() + "/goals";
        if (goals.isEmpty()) {
            out.add(Rule.GOAL_MISSING, Severity.WARNING, path, "none");
            return;
        }
        List<String> real = goals.stream().filter(g -> !vocabulary.isPlaceholder(g)).toList();
        int letters = real.stream().mapToInt(Text::letters).sum();
        if (!real.isEmpty() && letters < MIN_LETTERS) {
            out.add(Rule.GOAL_MISSING, Severity.WARNING, path, "short", letters);
        }
    }
}
