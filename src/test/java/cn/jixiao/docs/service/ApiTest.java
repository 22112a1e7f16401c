package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The API over real HTTP against a started service with the bundled template and font. */
// A guard against a hang (a lost response), not a speed check: nothing here should take minutes.
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ApiTest {

    static final String NAME = "巨鹿县总工会2024年部门预算绩效文本";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static TestService server;
    static byte[] julu;

    @BeforeAll
    static void start() {
        server = TestService.start(TestService.config());
        julu = Fixtures.read(Fixtures.JULU);
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void rendersAPdfByDefaultWithTheChineseFileName() {
        HttpResponse<byte[]> r = server.postJson("/api/documents", julu);
        assertEquals(200, r.statusCode(), TestService.text(r));
        assertEquals("application/pdf", TestService.contentType(r));
        assertTrue(TestService.text(r).startsWith("%PDF-"));
        assertEquals(r.body().length, Integer.parseInt(r.headers().firstValue("Content-Length").orElseThrow()));
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertEquals("attachment; filename=\"jixiao-docs-711001-2024.pdf\"; filename*=UTF-8''"
                + "%E5%B7%A8%E9%B9%BF%E5%8E%BF%E6%80%BB%E5%B7%A5%E4%BC%9A2024%E5%B9%B4%E9%83%A8%E9%97%A8%E9%A2%84"
                + "%E7%AE%97%E7%BB%A9%E6%95%88%E6%96%87%E6%9C%AC.pdf", disposition);
        assertEquals(NAME + ".pdf", filenameStar(disposition));
        assertEquals("0", r.headers().firstValue("X-Warning-Count").orElseThrow());
    }

    @Test
    void rendersDocxByQueryOrByAcceptHeader() {
        for (HttpResponse<byte[]> r : List.of(server.postJson("/api/documents?format=docx", julu),
                server.postJson("/api/documents", julu, "Accept", DOCX))) {
            assertEquals(200, r.statusCode(), TestService.text(r));
            assertEquals(DOCX, TestService.contentType(r));
            assertEquals("PK", new String(r.body(), 0, 2, StandardCharsets.US_ASCII));
            assertEquals(NAME + ".docx", filenameStar(r.headers().firstValue("Content-Disposition").orElseThrow()));
            assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("filename=\"jixiao-docs-711001-2024.docx\""));
        }
    }

    @Test
    void theQueryParameterWinsOverAccept() {
        HttpResponse<byte[]> r = server.postJson("/api/documents?format=pdf", julu, "Accept", "application/zip");
        assertEquals("application/pdf", TestService.contentType(r));
    }

    @Test
    void acceptPicksTheBestRatedFormatAndFallsBackToPdf() {
        assertEquals("application/zip", TestService.contentType(
                server.postJson("/api/documents", julu, "Accept", "application/pdf;q=0.5, application/zip")));
        assertEquals("application/pdf", TestService.contentType(server.postJson("/api/documents", julu, "Accept", "*/*")));
        assertEquals("application/pdf", TestService.contentType(
                server.postJson("/api/documents", julu, "Accept", "application/json")));
    }

    @Test
    void zipHoldsBothDocumentsWithUtf8NamesAndIsDeterministic() throws IOException {
        HttpResponse<byte[]> r = server.postJson("/api/documents?format=zip", julu);
        assertEquals(200, r.statusCode(), TestService.text(r));
        assertEquals("application/zip", TestService.contentType(r));
        assertEquals(NAME + ".zip", filenameStar(r.headers().firstValue("Content-Disposition").orElseThrow()));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] content = zip.readAllBytes();
                String magic = new String(content, 0, 4, StandardCharsets.ISO_8859_1);
                assertTrue(e.getName().endsWith(".pdf") ? magic.startsWith("%PDF") : magic.startsWith("PK"), e.getName());
                assertEquals(2000, e.getTimeLocal().getYear());
            }
        }
        assertEquals(List.of(NAME + ".pdf", NAME + ".docx"), names);
        // Local file headers: general-purpose flag bit 11 says "the name is UTF-8" (offset 6, little-endian).
        int flags = (r.body()[6] & 0xff) | (r.body()[7] & 0xff) << 8;
        assertTrue((flags & 0x800) != 0, "UTF-8 flag on the first entry");
        assertArrayEquals(r.body(), server.postJson("/api/documents?format=zip", julu).body(), "same plan, same zip");
    }

    @Test
    void unknownFormatIs400() {
        JsonNode p = assertProblem(server.postJson("/api/documents?format=odt", julu), 400, "unknown-format");
        assertTrue(p.path("detail").asText().contains("odt"));
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        HttpResponse<byte[]> r = server.postJson("/api/documents", Fixtures.read(Path.of("fixtures/invalid/malformed-json.json")));
        JsonNode p = assertProblem(r, 400, "malformed-json");
        JsonNode e = p.path("errors").get(0);
        assertEquals(3, e.path("line").asInt());
        assertEquals(3, e.path("column").asInt());
        assertEquals("第 3 行第 3 列", e.path("where").asText());
        assertTrue(e.path("message").asText().startsWith("JSON 格式错误"), e.toString());
    }

    @Test
    void anEmptyBodyIs400() {
        assertProblem(server.postJson("/api/documents", new byte[0]), 400, "malformed-json");
        assertProblem(server.postJson("/api/documents", "  \n".getBytes(StandardCharsets.UTF_8)), 400, "malformed-json");
    }

    @Test
    void invalidPlanIs422WithEveryErrorAndWhereItIs() {
        HttpResponse<byte[]> r = server.postJson("/api/documents", Fixtures.read(Path.of("fixtures/invalid/missing-required.json")));
        JsonNode p = assertProblem(r, 422, "invalid-plan");
        assertEquals(5, p.path("errors").size(), p.toString());
        assertTrue(p.path("detail").asText().contains("5 个错误"), p.toString());
        JsonNode budget = find(p.path("errors"), "/projects/0/budget/total");
        assertEquals("第 1 个项目 › 预算 › 预算数", budget.path("where").asText());
        assertEquals("error", budget.path("severity").asText());
    }

    @Test
    void warningsDoNotBlockARender() {
        HttpResponse<byte[]> r = server.postJson("/api/documents", Fixtures.read(Path.of("fixtures/invalid/warn-three-decimals.json")));
        assertEquals(200, r.statusCode(), TestService.text(r));
        assertEquals("2", r.headers().firstValue("X-Warning-Count").orElseThrow());
    }

    static List<Path> invalidFixtures() { return Fixtures.invalid(); }

    /** Every invalid fixture, through both endpoints: the same problems as the validator's expectations. */
    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void everyInvalidFixtureGetsItsExpectedProblemsAndStatus(Path fixture) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(
                fixture.resolveSibling(fixture.getFileName().toString().replace(".json", ".expected.json")).toFile());
        Set<String> want = new TreeSet<>();
        boolean anyError = false;
        boolean malformed = false;
        for (JsonNode e : expected) {
            want.add(e.path("severity").asText() + " " + e.path("path").asText());
            anyError |= e.path("severity").asText().equals("error");
            malformed |= e.has("line");
        }
        byte[] body = Fixtures.read(fixture);

        HttpResponse<byte[]> v = server.postJson("/api/validate", body);
        assertEquals(200, v.statusCode(), TestService.text(v));
        JsonNode result = TestService.json(v);
        assertEquals(!anyError, result.path("valid").asBoolean());
        Set<String> got = new TreeSet<>();
        for (String list : List.of("errors", "warnings")) {
            for (JsonNode e : result.path(list)) {
                got.add(e.path("severity").asText() + " " + e.path("path").asText());
                assertEquals(list, e.path("severity").asText() + "s");
                assertFalse(e.path("message").asText().isBlank());
                assertTrue(e.path("path").asText().isEmpty() || !e.path("where").asText().isEmpty(), e.toString());
            }
        }
        assertEquals(want, got, fixture.toString());

        HttpResponse<byte[]> d = server.postJson("/api/documents", body);
        if (!anyError) {
            assertEquals(200, d.statusCode(), TestService.text(d));
            assertTrue(TestService.text(d).startsWith("%PDF"));
        } else {
            JsonNode p = assertProblem(d, malformed ? 400 : 422, malformed ? "malformed-json" : "invalid-plan");
            Set<String> problemSet = new TreeSet<>();
            p.path("errors").forEach(e -> problemSet.add(e.path("severity").asText() + " " + e.path("path").asText()));
            p.path("warnings").forEach(e -> problemSet.add(e.path("severity").asText() + " " + e.path("path").asText()));
            assertEquals(want, problemSet, fixture.toString());
        }
    }

    @Test
    void validateAnswersValidWithEmptyLists() {
        HttpResponse<byte[]> r = server.postJson("/api/validate", julu);
        assertEquals(200, r.statusCode());
        assertTrue(TestService.contentType(r).startsWith("application/json"));
        JsonNode v = TestService.json(r);
        assertTrue(v.path("valid").asBoolean());
        assertEquals(0, v.path("errors").size());
        assertEquals(0, v.path("warnings").size());
    }

    @Test
    void validateReportsUnparsableJsonAsInvalidNotAsAFailure() {
        JsonNode v = TestService.json(server.postJson("/api/validate", "{\"year\": 2024,,}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(v.path("valid").asBoolean());
        assertEquals(1, v.path("errors").get(0).path("line").asInt());
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutContentLength() {
        byte[] big = new byte[(int) ServiceConfig.DEFAULT_MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        JsonNode p = assertProblem(server.postJson("/api/documents", big), 413, "body-too-large");
        assertTrue(p.path("detail").asText().contains("5 MB"), p.toString());
        assertProblem(server.postJson("/api/validate", big), 413, "body-too-large");
        // Chunked: no Content-Length to check up front; the limit holds while reading.
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        assertProblem(server.send(chunked), 413, "body-too-large");

        // Exactly at the limit is still read (and then is not a plan).
        byte[] atLimit = Arrays.copyOf(big, big.length - 1);
        assertProblem(server.postJson("/api/documents", atLimit), 400, "malformed-json");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpRequest text = HttpRequest.newBuilder(server.uri("/api/documents")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(julu)).build();
        JsonNode p = assertProblem(server.send(text), 415, "not-json");
        assertTrue(p.path("detail").asText().contains("text/plain"));
        HttpRequest none = HttpRequest.newBuilder(server.uri("/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(julu)).build();
        assertProblem(server.send(none), 415, "not-json");
        // Parameters and +json types are JSON too.
        assertEquals(200, server.postJson("/api/validate", julu, "Content-Type", "application/json; charset=utf-8").statusCode());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(server.get("/api/nothing-here"), 404, "not-found");
        assertProblem(server.get("/nothing-here"), 404, "not-found");
        HttpResponse<byte[]> r = server.get("/api/documents");
        assertProblem(r, 405, "method-not-allowed");
        assertEquals("POST", r.headers().firstValue("Allow").orElseThrow());
    }

    /**
     * With Expect: 100-continue a client waits for a go-ahead before sending the body. A body declared too large
     * gets the 413 instead of the go-ahead, so it is never sent. (Raw socket: Java 17's HttpClient waits forever for
     * a 100 that does not come, JDK-8286171.)
     */
    @Test
    void aTooLargeBodyAnnouncedWithExpectContinueIsNeverAskedFor() throws IOException {
        try (Socket s = new Socket(server.base.getHost(), server.base.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 6000000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertFalse(response.contains("100 Continue"), response);
            assertTrue(response.contains("urn:jixiao-docs:problem:body-too-large"), response);
        }
    }

    /** Errors Jetty raises before any handler (here: headers too large) are problem+json as well, not Jetty's HTML. */
    @Test
    void jettysOwnErrorsAreProblemJson() throws IOException {
        try (Socket s = new Socket(server.base.getHost(), server.base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 431"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertFalse(response.contains("<html"), response);
            assertTrue(response.contains("urn:jixiao-docs:problem:http-431"), response);
        }
    }

    @Test
    void schemaIsTheBundledJsonSchema() throws IOException {
        HttpResponse<byte[]> r = server.get("/api/schema");
        assertEquals(200, r.statusCode());
        assertEquals("application/schema+json", TestService.contentType(r));
        assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources/schema/plan.schema.json")), r.body());
        assertEquals("https://json-schema.org/draft/2020-12/schema", TestService.json(r).path("$schema").asText());
    }

    @Test
    void healthAndReadiness() {
        HttpResponse<byte[]> h = server.get("/health");
        assertEquals(200, h.statusCode());
        assertEquals("UP", TestService.json(h).path("status").asText());
        server.awaitReady();
        HttpResponse<byte[]> r = server.get("/ready");
        assertEquals(200, r.statusCode());
        JsonNode ready = TestService.json(r);
        assertEquals("READY", ready.path("status").asText());
        assertEquals(Runtime.getRuntime().availableProcessors(), ready.path("renderThreads").asInt());
    }

    @Test
    void theFormAndItsDownloadsAreServed() throws IOException {
        HttpResponse<byte[]> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(TestService.contentType(page).startsWith("text/html"));
        assertTrue(TestService.text(page).contains("部门预算绩效文本生成"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        // Nothing from elsewhere: every src/href is local (or the empty data: icon).
        assertFalse(TestService.text(page).matches("(?s).*(src|href)=\"(https?:)?//.*"), "no CDN");
        assertTrue(TestService.contentType(server.get("/form.css")).startsWith("text/css"));
        assertTrue(TestService.contentType(server.get("/form.js")).startsWith("text/javascript"));

        HttpResponse<byte[]> example = server.get("/form/example.json");
        assertArrayEquals(Fixtures.read(Fixtures.JULU), example.body());
        assertTrue(filenameStar(example.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".json"));
        HttpResponse<byte[]> schema = server.get("/form/plan.schema.json");
        assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources/schema/plan.schema.json")), schema.body());
        assertTrue(schema.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
    }

    @Test
    void theFormEndpointsBehaveLikeTheApi() {
        HttpResponse<byte[]> r = server.postJson("/form/documents?format=docx", julu);
        assertEquals(200, r.statusCode());
        assertEquals(NAME + ".docx", filenameStar(r.headers().firstValue("Content-Disposition").orElseThrow()));
        assertTrue(TestService.json(server.postJson("/form/validate", julu)).path("valid").asBoolean());
        assertProblem(server.postJson("/form/documents", Fixtures.read(Path.of("fixtures/invalid/bad-level1.json"))),
                422, "invalid-plan");
    }

    static String filenameStar(String disposition) {
        int i = disposition.indexOf("filename*=UTF-8''");
        assertTrue(i >= 0, disposition);
        String encoded = disposition.substring(i + "filename*=UTF-8''".length()).split(";")[0];
        assertTrue(encoded.matches("[A-Za-z0-9%!#$&+.^_`|~-]+"), "RFC 5987 value-chars only: " + encoded);
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static JsonNode find(JsonNode problems, String path) {
        for (JsonNode p : problems) {
            if (p.path("path").asText().equals(path)) {
                return p;
            }
        }
        throw new AssertionError("no problem at " + path + " in " + problems);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
