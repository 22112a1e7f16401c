package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.render.Admission;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.RenderCost;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The attacks of issue 10 on a started server over loopback: each refused with its status and a located Chinese
 * problem well within a bound (generous for a loaded 2-core machine: the bound is about hanging, not speed), a normal
 * render succeeding right after, /health answering throughout.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AttackTest {

    /** Cheap cases must not hang; 3 s is twenty times what they take on an idle machine. */
    private static final Duration QUICK = Duration.ofSeconds(3);
    private static final byte[] JULU = Fixtures.read(Fixtures.JULU);
    private static final String PLAN = """
            {"year": 2024, "department": {"code": "711001", "name": %s},
             "projects": [{"code": "P1", "name": "项目", "budget": {"total": %s, "fiscal": %s},
               "spendingPlan": {"march": %s},
               "indicators": [{"level1": "产出指标", "level2": "数量指标", "level3": "x"}]}]}""";

    private static TestService server;

    @BeforeAll
    static void start() {
        server = TestService.ready(TestService.config());
    }

    @AfterAll
    static void stop() { server.close(); }

    private static byte[] plan(String name, String total, String fiscal, String march) {
        return PLAN.formatted(name, total, fiscal, march).getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> quickly(Supplier<HttpResponse<byte[]>> request) {
        return assertTimeoutPreemptively(QUICK, request::get);
    }

    /** After each heavy case: the service still renders and is alive. */
    private static void stillServing() {
        HttpResponse<byte[]> health = quickly(() -> server.get("/health"));
        assertEquals(200, health.statusCode());
        HttpResponse<byte[]> r = server.postJson("/api/documents", JULU);
        assertEquals(200, r.statusCode(), TestService.text(r));
        assertTrue(TestService.text(r).startsWith("%PDF"));
    }

    private static JsonNode errorAt(HttpResponse<byte[]> r, int status, String type, String path) {
        JsonNode p = assertProblem(r, status, type);
        for (JsonNode e : p.path("errors")) {
            if (e.path("path").asText().equals(path)) {
                assertFalse(e.path("where").asText().isBlank(), e.toString());
                return e;
            }
        }
        throw new AssertionError("no error at " + path + ": " + p);
    }

    @Test
    void numbersWithHugeExponentsAreQuick422sAtTheirPath() {
        String[][] cases = {
            {"1e10000000", "1", "null", "/projects/0/budget/total"},
            {"1e999999999", "1e999999999", "null", "/projects/0/budget/fiscal"},
            {"1e100000", "1", "null", "/projects/0/budget/total"},
            {"1", "1", "1e-999999999", "/projects/0/spendingPlan/march"},
        };
        for (String[] c : cases) {
            byte[] body = plan("\"x\"", c[0], c[1], c[2]);
            errorAt(quickly(() -> server.postJson("/api/documents?format=zip", body)), 422, "invalid-plan", c[3]);
            JsonNode v = TestService.json(quickly(() -> server.postJson("/api/validate", body)));
            assertFalse(v.path("valid").asBoolean(), v.toString());
            assertTrue(v.path("errors").findValuesAsText("path").contains(c[3]), v.toString());
        }
        stillServing();
    }

    @Test
    void brokenCharactersAndOversizedNamesAre422sNot500s() {
        errorAt(quickly(() -> server.postJson("/api/documents", plan("\"巨鹿\\ud800\"", "1", "1", "null"))), 422,
                "invalid-plan", "/department/name");
        JsonNode e = errorAt(quickly(() -> server.postJson("/api/documents", plan("\"" + "县".repeat(880) + "\"", "1", "1",
                "null"))), 422, "invalid-plan", "/department/name");
        assertTrue(e.path("message").asText().contains("880"), e.toString());
        // 200 characters is allowed: the file name is shortened, the header stays within Jetty's limit.
        HttpResponse<byte[]> longest = server.postJson("/api/documents?format=zip", plan("\"" + "县".repeat(200) + "\"",
                "1", "1", "null"));
        assertEquals(200, longest.statusCode(), TestService.text(longest));
        assertTrue(longest.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename=\"jixiao-docs-711001-2024.zip\""));
        stillServing();
    }

    @Test
    void deepNestingAndOverlongNumbersAre400sWithLineAndColumn() {
        for (String body : new String[] {"{\"year\": " + "[".repeat(1001), "{\"year\": " + "9".repeat(1001) + "}",
                "{\n  \"year\": 2024，\n  \"department\": {}\n}"}) {
            HttpResponse<byte[]> r = quickly(() -> server.postJson("/api/documents", body.getBytes(StandardCharsets.UTF_8)));
            JsonNode error = assertProblem(r, 400, "malformed-json").path("errors").get(0);
            assertTrue(error.path("line").isInt() && error.path("column").isInt(), error.toString());
            assertFalse(error.path("message").asText().contains("Source"), error.toString());
        }
        JsonNode comma = TestService.json(server.postJson("/api/validate",
                "{\n  \"year\": 2024，\n}".getBytes(StandardCharsets.UTF_8))).path("errors").get(0);
        assertEquals("第 2 行第 15 列", comma.path("where").asText());
        assertTrue(comma.path("message").asText().contains("此处的「，」是全角逗号"), comma.toString());
    }

    @Test
    void anUnknownTemplateFailsValidateExactlyAsItFailsRender() {
        byte[] body = new String(JULU, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"template\": \"fancy\",")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode rendered = errorAt(server.postJson("/api/documents", body), 422, "invalid-plan", "/template");
        JsonNode validated = TestService.json(server.postJson("/api/validate", body));
        assertFalse(validated.path("valid").asBoolean());
        assertEquals(rendered.path("message"), validated.path("errors").get(0).path("message"));
    }

    @Test
    void aCharacterNoFontHasIsTheSameWarningInValidateAndInTheDownloadsHeader() throws Exception {
        byte[] body = plan("\"巨鹿县😀总工会\"", "1", "1", "null");
        JsonNode validated = TestService.json(server.postJson("/api/validate", body));
        assertTrue(validated.path("valid").asBoolean(), validated.toString());
        assertEquals(1, validated.path("warnings").size(), validated.toString());
        JsonNode warning = validated.path("warnings").get(0);
        assertEquals("/department/name", warning.path("path").asText());
        assertTrue(warning.path("message").asText().contains("「😀」"), warning.toString());

        HttpResponse<byte[]> r = server.postJson("/api/documents", body);
        assertEquals(200, r.statusCode());
        assertEquals("1", r.headers().firstValue("X-Warning-Count").orElseThrow());
        String header = r.headers().firstValue("X-Warnings").orElseThrow();
        assertTrue(header.startsWith("UTF-8''"), header);
        JsonNode fromHeader = new ObjectMapper().readTree(URLDecoder.decode(header.substring(7), StandardCharsets.UTF_8));
        assertEquals(validated.path("warnings"), fromHeader);
    }

    @Test
    void aClientThatHangsUpMidBodyIsA400AndNoErrorIsLogged() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Socket s = new Socket("127.0.0.1", server.service.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n\r\n{\"year\": 2024").getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.shutdownOutput(); // the rest of the body never comes
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("incomplete-body"), response);
        } finally {
            Thread.sleep(200); // the access log line comes after the response
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("ERROR") || log.contains("\tat "), log);
        stillServing();
    }

    /** Real renders, except that a plan naming 「SPIN」 renders until it is cancelled, checking as a render does. */
    private static final class Spinning implements RenderCall {
        private final RenderCall real = RenderCall.of(TestService.renderer());
        private final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public Rendered render(byte[] json, Set<Format> formats, Cancellation cancellation, Admission admission) {
            if (!new String(json, StandardCharsets.UTF_8).contains("SPIN")) {
                return real.render(json, formats, cancellation, admission);
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            try {
                while (System.nanoTime() < until) {
                    cancellation.check();
                    Thread.onSpinWait();
                }
                // Not an AssertionError: an Error on a render thread ends the process, the test JVM with it.
                throw new IllegalStateException("never cancelled");
            } finally {
                stopped.countDown();
            }
        }

        @Override
        public Deployment deployment() { return real.deployment(); }
    }

    @Test
    void aRenderPastItsTimeLimitIsCancelledAndFreesItsThread() throws Exception {
        Spinning spinning = new Spinning();
        try (TestService one = TestService.start(TestService.config().withRendering(1, 4, Duration.ofSeconds(2)), spinning)) {
            one.awaitReady();
            HttpResponse<byte[]> r = one.postJson("/api/documents", plan("\"SPIN\"", "1", "1", "null"));
            assertProblem(r, 503, "render-timeout");
            assertTrue(spinning.stopped.await(10, TimeUnit.SECONDS), "the render stopped when its request timed out");
            // The one thread is free again: a normal render gets it at once.
            HttpResponse<byte[]> next = one.postJson("/api/documents", JULU);
            assertEquals(200, next.statusCode(), TestService.text(next));
        }
    }

    /** Admits as the real budget does, then holds its permit until released: renders that fill the budget. */
    private static final class Holding implements RenderCall {
        private final RenderCall real = RenderCall.of(TestService.renderer());
        private final CountDownLatch admitted = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Rendered render(byte[] json, Set<Format> formats, Cancellation cancellation, Admission admission) {
            if (!new String(json, StandardCharsets.UTF_8).contains("HOLD")) {
                return real.render(json, formats, cancellation, admission);
            }
            return real.render(json, formats, cancellation, bytes -> {
                Admission.Permit permit = admission.admit(bytes);
                admitted.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return permit;
            });
        }

        @Override
        public Deployment deployment() { return real.deployment(); }
    }

    @Test
    void theMemoryBudgetRefusesWhatNeverFitsAndWhatDoesNotFitNow() throws Exception {
        long julu = RenderCost.bytes(Validator.validate(JULU).plan(), EnumSet.allOf(Format.class));
        Holding holding = new Holding();
        ServiceConfig config = TestService.config().withRendering(2, 4, Duration.ofSeconds(60))
                .withRenderMemory(julu * 3 / 2);
        try (TestService tight = TestService.start(config, holding)) {
            tight.awaitReady();
            assertEquals(200, tight.get("/ready").statusCode());
            JsonNode tooLarge = assertProblem(quickly(() -> tight.postJson("/api/documents?format=zip",
                    Fixtures.read(Fixtures.LARGE))), 413, "plan-too-large");
            assertTrue(tooLarge.path("detail").asText().contains("MB"), tooLarge.toString());

            byte[] held = new String(JULU, StandardCharsets.UTF_8).replace("巨鹿县总工会", "HOLD县总工会")
                    .getBytes(StandardCharsets.UTF_8);
            CompletableFuture<HttpResponse<byte[]>> first = CompletableFuture.supplyAsync(
                    () -> tight.postJson("/api/documents?format=zip", held));
            assertTrue(holding.admitted.await(60, TimeUnit.SECONDS));
            HttpResponse<byte[]> busy = quickly(() -> tight.postJson("/api/documents?format=zip", JULU));
            assertProblem(busy, 503, "memory-busy");
            assertEquals("2", busy.headers().firstValue("Retry-After").orElseThrow());
            HttpResponse<byte[]> ready = tight.get("/ready");
            assertEquals(503, ready.statusCode());
            assertEquals("SATURATED", TestService.json(ready).path("status").asText());
            assertEquals(200, quickly(() -> tight.get("/health")).statusCode());

            holding.release.countDown();
            assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, tight.postJson("/api/documents?format=zip", JULU).statusCode());
            assertEquals(200, tight.get("/ready").statusCode());
        }
    }

    @Test
    void theZipsNamesAreUtf8FlaggedAndMadeOnUnixSoUnzipShowsThem() throws Exception {
        byte[] zip = server.postJson("/api/documents?format=zip", JULU).body();
        // Central directory entries: version made by (upper byte 3 = Unix), general purpose flag bit 11 (UTF-8).
        int entries = 0;
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
                assertEquals(3, zip[i + 5], "made on Unix");
                assertTrue((zip[i + 9] & 0x08) != 0, "UTF-8 flag (bit 11)");
                entries++;
            }
        }
        assertEquals(2, entries);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bundle", ".zip");
        try {
            java.nio.file.Files.write(file, zip);
            Process p = new ProcessBuilder("unzip", "-l", file.toString()).redirectErrorStream(true).start();
            String listing;
            try (InputStream in = p.getInputStream()) {
                listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(listing.contains("巨鹿县总工会2024年部门预算绩效文本.pdf")
                    && listing.contains("巨鹿县总工会2024年部门预算绩效文本.docx"), listing);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
