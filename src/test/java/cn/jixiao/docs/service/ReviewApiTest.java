package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.review.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** POST /api/review (and the form's /form/review) over real HTTP against a started service. */
// A guard against a hang (a lost response), not a speed check.
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReviewApiTest {

    static TestService server;
    static TestService guarded;

    @BeforeAll
    static void start() {
        server = TestService.start(TestService.config());
        guarded = TestService.start(TestService.config().withTokens("api-token", null));
    }

    @AfterAll
    static void stop() {
        server.close();
        guarded.close();
    }

    /** The reference plan's findings, as fixtures/review/ writes them down: the service gives the same. */
    @Test
    void reviewsThePlanAsTheWrittenDownExpectationSays() throws Exception {
        HttpResponse<byte[]> r = server.postJson("/api/review", Fixtures.read(Fixtures.JULU));
        assertEquals(200, r.statusCode(), TestService.text(r));
        assertTrue(TestService.contentType(r).startsWith("application/json"));
        JsonNode doc = TestService.json(r);
        JsonNode expected = new ObjectMapper().readTree(Path.of("fixtures/review/001-julu-2024.expected.json").toFile());
        assertTrue(doc.path("valid").asBoolean());
        assertTrue(doc.path("file").isNull());
        assertEquals(expected.path("score").asInt(), doc.path("score").asInt());
        assertEquals(keys(expected.path("findings")), keys(doc.path("findings")));
        JsonNode first = doc.path("findings").get(1);
        assertEquals("/projects/0/indicators/0/value", first.path("path").asText());
        assertEquals("第 1 个项目 › 第 1 个指标 › 指标值", first.path("where").asText());
        assertTrue(first.path("message").asText().contains("242人数"));
        assertEquals(36, doc.path("counts").path("warning").asInt());
        assertEquals(6, doc.path("projects").size());
        assertEquals("公安局辅警工会费", doc.path("projects").get(0).path("name").asText());
        assertFalse(doc.path("rules").path("value-malformed").path("reason").asText().isBlank());
    }

    /** A workbook is reviewed as its JSON is, and each finding names the cell the clerk typed it in. */
    @Test
    void reviewsAWorkbookAndPointsAtTheCell() throws Exception {
        HttpResponse<byte[]> json = server.postJson("/api/review", Fixtures.read(Fixtures.JULU));
        HttpResponse<byte[]> xlsx = server.post("/api/review",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", cn.jixiao.docs.workbook.WorkbookFiles.example());
        assertEquals(200, xlsx.statusCode(), TestService.text(xlsx));
        JsonNode fromJson = TestService.json(json);
        JsonNode fromWorkbook = TestService.json(xlsx);
        assertEquals(fromJson.path("score").asInt(), fromWorkbook.path("score").asInt());
        assertEquals(keys(fromJson.path("findings")), keys(fromWorkbook.path("findings")));
        JsonNode unit = fromWorkbook.path("findings").get(1);
        assertEquals("/projects/0/indicators/0/value", unit.path("path").asText());
        assertTrue(unit.path("where").asText().startsWith("『绩效指标』表第 2 行"), unit.path("where").asText());
    }

    @Test
    void theFormsEndpointAnswersTheSame() {
        byte[] body = Fixtures.read(Fixtures.DIR.resolve("review/faults.json"));
        JsonNode api = TestService.json(server.postJson("/api/review", body));
        HttpResponse<byte[]> form = server.postJson("/form/review", body);
        assertEquals(200, form.statusCode());
        assertEquals(api, TestService.json(form));
        assertEquals(0, api.path("score").asInt());
        assertEquals(8, api.path("counts").path("error").asInt());
    }

    @Test
    void aPlanThatDoesNotValidateIs200WithItsValidationProblems() {
        HttpResponse<byte[]> r = server.postJson("/api/review", Fixtures.read(Path.of("fixtures/invalid/missing-required.json")));
        assertEquals(200, r.statusCode(), TestService.text(r));
        JsonNode doc = TestService.json(r);
        assertFalse(doc.path("valid").asBoolean());
        assertTrue(doc.path("score").isNull());
        assertEquals(5, doc.path("findings").size());
        doc.path("findings").forEach(f -> assertEquals("validation", f.path("rule").asText()));
        HttpResponse<byte[]> malformed = server.postJson("/api/review", "{\"year\": ".getBytes());
        assertEquals(200, malformed.statusCode());
        assertEquals("validation", TestService.json(malformed).path("findings").get(0).path("rule").asText());
    }

    @Test
    void onlyJsonAndWithTheTokenWhenOneIsSet() {
        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/review")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.read(Fixtures.JULU))).build()), 415, "not-json");
        assertProblem(guarded.postJson("/api/review", Fixtures.read(Fixtures.JULU)), 401, "unauthorized");
        assertEquals(200, guarded.postJson("/api/review", Fixtures.read(Fixtures.JULU), "Authorization", "Bearer api-token")
                .statusCode());
    }

    /** The OpenAPI description lists exactly the rule ids the service can answer with. */
    @Test
    void theDescribedRuleIdsAreTheRules() {
        JsonNode doc = TestService.json(server.get("/openapi.json"));
        List<String> described = new ArrayList<>();
        doc.path("components").path("schemas").path("ReviewFinding").path("properties").path("rule").path("enum")
                .forEach(n -> described.add(n.asText()));
        assertEquals(Arrays.stream(Rule.values()).map(Rule::id).toList(), described);
    }

    private static List<String> keys(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.path("rule").asText() + " " + f.path("severity").asText() + " " + f.path("path").asText()));
        return out.stream().sorted().toList();
    }
}
