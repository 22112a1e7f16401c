package cn.jixiao.docs.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review as JSON, one shape for {@code review --json} and {@code POST /api/review}:
 * {@code {"file", "valid", "score", "counts", "findings": [{"rule", "severity", "path", "where", "message"}],
 * "projects": [{"path", "code", "name", "score"}], "rules": {id: {"name", "reason", "suggestion"}}}}, where
 * {@code rules} explains the rules that occur, so that a client (the staff form) shows why and how without a
 * catalogue of its own. {@code file} is null when the plan came in a request.
 */
public final class ReviewJson {

    /** Thread-safe once configured. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public record Document(String file, boolean valid, Integer score, Counts counts, List<Item> findings,
                           List<ProjectItem> projects, Map<String, ReviewText.RuleText> rules) {}

    public record Counts(long error, long warning, long note) {}

    public record Item(String rule, String severity, String path, String where, String message) {}

    public record ProjectItem(String path, String code, String name, int score) {}

    private ReviewJson() {}

    public static Document document(String file, Review review) {
        Map<String, ReviewText.RuleText> rules = new LinkedHashMap<>();
        List<Item> items = review.findings().stream().map(f -> {
            rules.computeIfAbsent(f.rule().id(), id -> ReviewText.of(f.rule()));
            return new Item(f.rule().id(), f.severity().label(), f.path(), f.where(), f.message());
        }).toList();
        List<ProjectItem> projects = review.projects().stream()
                .map(p -> new ProjectItem(p.path(), p.code(), p.name(), p.score())).toList();
        Counts counts = new Counts(review.count(Severity.ERROR), review.count(Severity.WARNING),
                review.count(Severity.NOTE));
        return new Document(file, review.reviewed(), review.score(), counts, items, projects, rules);
    }

    public static byte[] bytes(String file, Review review) {
        try {
            return MAPPER.writeValueAsBytes(document(file, review));
        } catch (JsonProcessingException e) {
            // Only our own records are written: failing here is a programming error, not an input problem.
            throw new IllegalStateException("cannot write the review as JSON", e);
        }
    }
}
