package cn.jixiao.docs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReviewerTest {

    static final Reviewer REVIEWER = new Reviewer(Vocabulary.bundled());

    @Test
    void aPlanThatDoesNotValidateIsNotReviewedAndCarriesValidationsProblems() {
        Review r = REVIEWER.review(Fixtures.read(Path.of("fixtures/invalid/budget-mismatch.json")));
        assertFalse(r.reviewed());
        assertNull(r.score());
        assertEquals(List.of("validation error /projects/0/budget/total"),
                r.findings().stream().map(f -> f.rule().id() + " " + f.severity().label() + " " + f.path()).toList());
        assertEquals("第 1 个项目 › 预算 › 预算数", r.findings().get(0).where());
        assertTrue(r.hasErrors());
    }

    @Test
    void unparsableJsonIsLocatedByLineAndColumn() {
        Review r = REVIEWER.review("{\n  \"year\": 2024\n  \"department\": {}\n}".getBytes(StandardCharsets.UTF_8));
        assertEquals("第 3 行第 3 列", r.findings().get(0).where());
    }

    /** Validation sorts indicators into framework order; the review's pointers still name them as the input does. */
    @Test
    void pointersFollowTheInputOrderNotTheFrameworkOrder() {
        String json = new String(Fixtures.read(Fixtures.DIR.resolve("107-model-plan.json")), StandardCharsets.UTF_8)
                .replace("\"value\": \"242人\"", "\"value\": \"242人数\"");
        // Move the 数量 row (first in the framework) to the end of its project.
        Validation v = Validator.validate(json);
        var plan = v.asGiven();
        var first = plan.projects().get(0);
        var moved = new java.util.ArrayList<>(first.indicators().subList(1, first.indicators().size()));
        moved.add(first.indicators().get(0));
        var reordered = new cn.jixiao.docs.contract.Plan.Project(first.code(), first.name(), first.unitLabel(),
                first.budget(), first.purpose(), first.spendingPlan(), first.goals(), moved);
        var projects = new java.util.ArrayList<>(plan.projects());
        projects.set(0, reordered);
        var asGiven = new cn.jixiao.docs.contract.Plan(plan.year(), plan.department(), plan.status(), plan.preparedBy(),
                plan.reviewedBy(), plan.template(), plan.overview(), projects);
        assertEquals("/projects/0/indicators/5/value", REVIEWER.review(asGiven).findings().get(0).path());
        assertEquals("数量指标", v.plan().projects().get(0).indicators().get(0).level2(), "the normalized plan sorts");
    }

    /**
     * Text pasted with a zero-width space between its characters reads as the reader sees it: 「≥9\u200b5%」 is a
     * number, 「满意\u200b度」 a word of the vocabulary. The review finds what it finds without them.
     */
    @Test
    void invisibleCharactersChangeNoFinding() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var plan = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Fixtures.read(Fixtures.JULU));
        for (var project : plan.get("projects")) {
            for (var indicator : project.get("indicators")) {
                for (String field : List.of("level3", "description", "value")) {
                    var o = (com.fasterxml.jackson.databind.node.ObjectNode) indicator;
                    o.put(field, o.get(field).asText().replace("", "\u200b"));
                }
            }
        }
        Review plain = REVIEWER.review(Fixtures.read(Fixtures.JULU));
        Review pasted = REVIEWER.review(json.writeValueAsBytes(plan));
        assertTrue(plain.reviewed() && !plain.findings().isEmpty(), plain.findings().toString());
        assertEquals(plain.score(), pasted.score());
        assertEquals(plain.findings().stream().map(f -> f.rule().id() + " " + f.path()).toList(),
                pasted.findings().stream().map(f -> f.rule().id() + " " + f.path()).toList());
    }

    @Test
    void oneReviewerServesManyThreadsAlike() throws Exception {
        byte[] julu = Fixtures.read(Fixtures.JULU);
        Review alone = REVIEWER.review(julu);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Review>> reviews = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                reviews.add(pool.submit(() -> REVIEWER.review(julu)));
            }
            for (Future<Review> f : reviews) {
                assertEquals(alone, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
