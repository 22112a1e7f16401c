package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The score that lets departments be compared: each project starts at 100 and loses {@value #ERROR} per error,
 * {@value #WARNING} per warning and {@value #NOTE} per note among its findings (never below 0); the plan's score is
 * its projects' average, rounded half up, less the same weights for findings about the plan as a whole (第一部分, the
 * department), never below 0. Averaging keeps a department with 60 projects comparable with one that has 3.
 */
final class Score {

    static final int ERROR = 20;
    static final int WARNING = 5;
    static final int NOTE = 1;
    private static final int FULL = 100;

    private Score() {}

    static int weight(Severity s) {
        return switch (s) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case NOTE -> NOTE;
        };
    }

    static Review review(Plan plan, List<Finding> findings) {
        int[] lost = new int[plan.projects().size()];
        int planLost = 0;
        for (Finding f : findings) {
            int p = f.project();
            if (p >= 0 && p < lost.length) {
                lost[p] += weight(f.severity());
            } else {
                planLost += weight(f.severity());
            }
        }
        List<Review.ProjectScore> projects = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < lost.length; i++) {
            Plan.Project p = plan.projects().get(i);
            int score = Math.max(0, FULL - lost[i]);
            sum += score;
            projects.add(new Review.ProjectScore(i, p.code(), p.name(), score));
        }
        int average = lost.length == 0 ? FULL
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(lost.length), 0, RoundingMode.HALF_UP).intValue();
        return new Review(plan, findings, Math.max(0, average - planLost), projects);
    }
}
