package cn.jixiao.docs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings a reviewer raises, written down per plan in fixtures/review/*.expected.json (the three reference
 * documents, the model plan, a plan with every fault, the spending plans that validation once warned about) and
 * asserted exactly: the same rules, severities and pointers, as many times, the text at each pointer, the score.
 */
class ReviewFixturesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path DIR = Fixtures.DIR.resolve("review");
    static final Reviewer REVIEWER = new Reviewer(Vocabulary.bundled());

    static List<Path> expectations() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path planOf(Path expectation) { return expectation.resolveSibling(read(expectation).path("plan").asText()).normalize(); }

    static String key(String rule, String severity, String path) { return rule + " " + severity + " " + path; }

    @ParameterizedTest
    @MethodSource("expectations")
    void eachPlanRaisesExactlyTheFindingsWrittenDown(Path expectation) {
        JsonNode expected = read(expectation);
        Path plan = planOf(expectation);
        JsonNode input = read(plan);
        Review review = REVIEWER.review(Fixtures.read(plan));
        assertTrue(review.reviewed(), plan + " validates");

        List<String> want = new ArrayList<>();
        expected.path("findings").forEach(f -> want.add(key(f.path("rule").asText(), f.path("severity").asText(),
                f.path("path").asText())));
        List<String> got = new ArrayList<>(review.findings().stream()
                .map(f -> key(f.rule().id(), f.severity().label(), f.path())).toList());
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), plan.toString());
        assertEquals(expected.path("score").asInt(), review.score(), plan + " score");

        for (JsonNode f : expected.path("findings")) {
            String path = f.path("path").asText();
            if (f.has("text")) {
                assertEquals(f.path("text").asText(), input.at(path).asText(), "the text at " + path + " in " + plan);
            }
            if (f.has("says")) {
                String k = key(f.path("rule").asText(), f.path("severity").asText(), path);
                assertTrue(review.findings().stream().filter(x -> key(x.rule().id(), x.severity().label(), x.path()).equals(k))
                        .anyMatch(x -> x.message().contains(f.path("says").asText())), k + " says " + f.path("says"));
            }
        }
    }

    @Test
    void theModelPlanRaisesNothingAndScoresFull() {
        Review review = REVIEWER.review(Fixtures.read(Fixtures.DIR.resolve("107-model-plan.json")));
        assertEquals(List.of(), review.findings());
        assertEquals(100, review.score());
        assertTrue(review.projects().stream().allMatch(p -> p.score() == 100));
    }

    @Test
    void theWrittenDownPlansTogetherExerciseEveryRule() {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        for (Path e : expectations()) {
            read(e).path("findings").forEach(f -> seen.add(Arrays.stream(Rule.values())
                    .filter(r -> r.id().equals(f.path("rule").asText())).findFirst().orElseThrow()));
        }
        Set<Rule> all = EnumSet.allOf(Rule.class);
        all.remove(Rule.VALIDATION);
        assertEquals(all, seen);
    }

    static List<Path> everyValidFixture() {
        List<Path> all = new ArrayList<>(Fixtures.valid());
        expectations().forEach(e -> all.add(planOf(e)));
        return all.stream().distinct().toList();
    }

    /**
     * Wherever a finding points the input has something, or is an object that lacks the field (like validation's
     * 「缺少必填项」, a pointer names the field to fill in); the message is Chinese, with its location in words.
     */
    @ParameterizedTest
    @MethodSource("everyValidFixture")
    void everyFindingPointsIntoTheInputAndReadsAsChinese(Path fixture) {
        JsonNode input = read(fixture);
        Review review = REVIEWER.review(Fixtures.read(fixture));
        assertTrue(review.reviewed(), fixture.toString());
        for (Finding f : review.findings()) {
            String parent = f.path().substring(0, f.path().lastIndexOf('/'));
            assertTrue(!input.at(f.path()).isMissingNode() || input.at(parent).isObject(), f + " in " + fixture);
            assertTrue(f.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), f.message());
            assertTrue(f.message().endsWith("）"), "ends with the English gist: " + f.message());
            assertTrue(f.path().isEmpty() || !f.where().isEmpty(), f.toString());
        }
        assertTrue(review.score() >= 0 && review.score() <= 100);
    }

    @Test
    void locationsReadLikeTheValidationsOwn() {
        Review review = REVIEWER.review(Fixtures.read(Fixtures.JULU));
        Finding first = review.findings().stream().filter(f -> f.path().equals("/projects/0/indicators/0/value"))
                .findFirst().orElseThrow();
        assertEquals("第 1 个项目 › 第 1 个指标 › 指标值", first.where());
    }
}
