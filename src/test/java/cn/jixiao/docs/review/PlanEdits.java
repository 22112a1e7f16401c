package cn.jixiao.docs.review;

import cn.jixiao.docs.Fixtures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The model plan (fixtures/107-model-plan.json, which raises nothing) with one fault put in, reviewed. Its first
 * project's indicators are, in order: 0 数量, 1 质量, 2 时效, 3 成本 (budget 13 万元), 4 社会效益, 5 满意度.
 */
final class PlanEdits {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Reviewer REVIEWER = new Reviewer(Vocabulary.bundled());

    private PlanEdits() {}

    static ObjectNode model() {
        try {
            return (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.DIR.resolve("107-model-plan.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Review review(Consumer<ObjectNode> edit) { return review(REVIEWER, edit); }

    static Review review(Reviewer reviewer, Consumer<ObjectNode> edit) {
        ObjectNode plan = model();
        edit.accept(plan);
        try {
            return reviewer.review(JSON.writeValueAsBytes(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "rule severity path" of every finding. */
    static Set<String> findings(Consumer<ObjectNode> edit) { return keys(review(edit)); }

    static Set<String> keys(Review review) {
        Set<String> out = new TreeSet<>();
        review.findings().forEach(f -> out.add(f.rule().id() + " " + f.severity().label() + " " + f.path()));
        return out;
    }

    static ObjectNode project(ObjectNode plan, int p) { return (ObjectNode) plan.withArray("projects").get(p); }

    static ArrayNode indicators(ObjectNode plan) { return project(plan, 0).withArray("indicators"); }

    static ObjectNode indicator(ObjectNode plan, int i) { return (ObjectNode) indicators(plan).get(i); }

    /** Sets one cell of the first project's indicator {@code i}. */
    static Consumer<ObjectNode> cell(int i, String field, String value) {
        return plan -> indicator(plan, i).put(field, value);
    }
}
