package cn.jixiao.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FixtureValidationTest {

    static List<Path> validFixtures() { return Fixtures.valid(); }

    static List<Path> invalidFixtures() { return Fixtures.invalid(); }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void everyValidFixtureValidatesWithoutAnyProblem(Path fixture) {
        Validation v = Validator.validate(Fixtures.read(fixture));
        assertEquals(List.of(), v.problems(), fixture.toString());
        assertNotNull(v.plan());
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void everyInvalidFixtureYieldsExactlyItsExpectedProblems(Path fixture) throws IOException {
        String name = fixture.getFileName().toString().replace(".json", ".expected.json");
        JsonNode expected = new ObjectMapper().readTree(fixture.resolveSibling(name).toFile());
        Set<String> want = new TreeSet<>();
        for (JsonNode e : expected) {
            want.add(e.get("severity").asText() + " " + e.get("path").asText());
        }
        Validation v = Validator.validate(Fixtures.read(fixture));
        Set<String> got = v.problems().stream().map(p -> p.severity().label() + " " + p.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got, fixture.toString());
        assertEquals(expected.size(), v.problems().size(), "no duplicate problems in " + fixture);
        // Every message is Chinese a clerk can read, and locates itself.
        for (Problem p : v.problems()) {
            assertTrue(p.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    p.message());
            assertTrue(p.path().isEmpty() || !p.where().isEmpty(), p.toString());
        }
        for (JsonNode e : expected) {
            if (e.has("line")) {
                Problem p = v.problems().get(0);
                assertEquals(e.get("line").asInt(), p.line());
                assertEquals(e.get("column").asInt(), p.column());
            }
        }
        boolean hasError = want.stream().anyMatch(s -> s.startsWith("error"));
        if (hasError) {
            assertNull(v.plan(), "an input with errors is not rendered");
        } else {
            assertNotNull(v.plan(), "warnings do not block rendering");
        }
    }
}
