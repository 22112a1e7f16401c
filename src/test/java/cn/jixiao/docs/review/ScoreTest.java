package cn.jixiao.docs.review;

import static cn.jixiao.docs.review.PlanEdits.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 100 less 20 an error, 5 a warning, 1 a note, per project; the plan: the projects' average less its own findings. */
class ScoreTest {

    static List<Integer> projectScores(Review r) { return r.projects().stream().map(Review.ProjectScore::score).toList(); }

    @Test
    void eachSeverityCostsItsWeightInItsProject() {
        Review r = PlanEdits.review(cell(0, "value", "XX人").andThen(cell(1, "value", "≥95"))
                .andThen(cell(0, "basis", "相关文件要求")));
        assertEquals(List.of(100 - 20 - 5 - 1, 100), projectScores(r));
        assertEquals(87, r.score(), "(74 + 100) / 2");
    }

    @Test
    void findingsAboutThePlanAsAWholeComeOffTheAverage() {
        Review r = PlanEdits.review(p -> p.with("department").put("name", "XX县总工会"));
        assertEquals(List.of(100, 100), projectScores(r));
        assertEquals(80, r.score());
    }

    @Test
    void averagesRoundHalfUpAndNothingGoesBelowZero() {
        Review r = PlanEdits.review(cell(0, "value", "≥95"));
        assertEquals(98, r.score(), "(95 + 100) / 2 = 97.5");
        Review worst = PlanEdits.review(p -> {
            for (int i = 0; i < 6; i++) {
                PlanEdits.indicator(p, i).put("value", "XX");
            }
        });
        assertEquals(0, projectScores(worst).get(0));
        assertEquals(50, worst.score());
    }
}
