package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.template.TemplateEngine;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Many requests at once, a full queue, the time limit, graceful stop, a broken template, the access log. */
// A guard against a hang (a lost response), not a speed check: nothing here should take minutes.
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class LoadAndLimitsTest {

    static final byte[] JULU = Fixtures.read(Fixtures.JULU);

    @Test
    void thirtyTwoConcurrentRequestsAllGetTheRightAnswer() {
        try (TestService server = TestService.start(TestService.config())) {
            byte[] pdf = server.postJson("/api/documents?format=pdf", JULU).body();
            byte[] docx = server.postJson("/api/documents?format=docx", JULU).body();
            byte[] zip = server.postJson("/api/documents?format=zip", JULU).body();
            byte[] invalid = Fixtures.read(Path.of("fixtures/invalid/budget-mismatch.json"));

            List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String kind = List.of("pdf", "docx", "zip", "validate", "invalid", "pdf", "pdf", "health").get(i % 8);
                kinds.add(kind);
                HttpRequest request = switch (kind) {
                    case "validate" -> post(server, "/api/validate", JULU);
                    case "invalid" -> post(server, "/api/documents", invalid);
                    case "health" -> HttpRequest.newBuilder(server.uri("/health")).build();
                    default -> post(server, "/api/documents?format=" + kind, JULU);
                };
                calls.add(server.client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
            }
            for (int i = 0; i < calls.size(); i++) {
                HttpResponse<byte[]> r = calls.get(i).join();
                switch (kinds.get(i)) {
                    case "pdf" -> assertArrayEquals(pdf, r.body(), "request " + i);
                    case "docx" -> assertArrayEquals(docx, r.body(), "request " + i);
                    case "zip" -> assertArrayEquals(zip, r.body(), "request " + i);
                    case "validate" -> assertTrue(TestService.json(r).path("valid").asBoolean());
                    case "invalid" -> assertProblem(r, 422, "invalid-plan");
                    case "health" -> assertEquals(200, r.statusCode());
                    default -> throw new AssertionError(kinds.get(i));
                }
                if (!kinds.get(i).equals("invalid")) {
                    assertEquals(200, r.statusCode(), "request " + i + " " + kinds.get(i));
                }
            }
            assertTrue(TestService.text(server.postJson("/api/documents", JULU)).startsWith("%PDF"));
        }
    }

    @Test
    void aFullQueueIs503WithRetryAfterAndHealthStillAnswers() throws Exception {
        HeldRenderer held = new HeldRenderer();
        try (TestService server = TestService.start(TestService.config().withRendering(1, 1, Duration.ofSeconds(60)), held)) {
            server.awaitReady();
            held.hold();
            CompletableFuture<HttpResponse<byte[]>> running = async(server, "/api/documents");
            held.awaitStarted();
            CompletableFuture<HttpResponse<byte[]>> queued = async(server, "/api/documents?format=docx");
            awaitQueued(server, 1);

            HttpResponse<byte[]> refused = server.postJson("/api/documents", JULU);
            assertProblem(refused, 503, "queue-full");
            assertEquals("2", refused.headers().firstValue("Retry-After").orElseThrow());

            // The render thread and the queue are taken; the HTTP threads are not.
            assertEquals(200, server.get("/health").statusCode());
            JsonNode ready = TestService.json(server.get("/ready"));
            assertEquals(1, ready.path("rendering").asInt());
            assertEquals(1, ready.path("queued").asInt());
            assertFalse(running.isDone());

            held.release();
            assertTrue(TestService.text(running.get(60, TimeUnit.SECONDS)).startsWith("%PDF"));
            assertEquals(200, queued.get(60, TimeUnit.SECONDS).statusCode());
        } finally {
            held.release();
        }
    }

    @Test
    void aRenderOverTheTimeLimitIs503() throws Exception {
        HeldRenderer held = new HeldRenderer();
        try (TestService server = TestService.start(TestService.config().withRendering(1, 4, Duration.ofSeconds(1)), held)) {
            server.awaitReady();
            held.hold();
            HttpResponse<byte[]> r = server.postJson("/api/documents", JULU);
            JsonNode p = assertProblem(r, 503, "render-timeout");
            assertTrue(p.path("detail").asText().contains("1 秒"), p.toString());
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
            held.release();
            assertEquals(200, server.postJson("/api/documents", JULU).statusCode(), "the pool recovers");
        } finally {
            held.release();
        }
    }

    @Test
    void stopLetsRendersInFlightFinish() throws Exception {
        HeldRenderer held = new HeldRenderer();
        TestService server = TestService.start(TestService.config(), held);
        try {
            server.awaitReady();
            held.hold();
            CompletableFuture<HttpResponse<byte[]>> inFlight = async(server, "/api/documents?format=zip");
            held.awaitStarted();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server.service::stop);
            // The stop has begun once the service says it is not ready; it waits for the held render, so it cannot
            // complete while that request is unanswered.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.service.ready()) {
                assertTrue(System.nanoTime() < deadline, "the stop never began");
                Thread.sleep(10);
            }
            Thread.sleep(200);
            assertFalse(stopping.isDone(), "stop returned while a render was in flight");
            held.release();
            HttpResponse<byte[]> r = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), TestService.text(r));
            assertEquals("application/zip", TestService.contentType(r));
            stopping.get(60, TimeUnit.SECONDS);
            // Stopped: nobody answers any more.
            try {
                HttpResponse<byte[]> after = server.client.send(HttpRequest.newBuilder(server.uri("/health")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                throw new AssertionError("answered after stop: " + after.statusCode());
            } catch (ConnectException | java.net.http.HttpConnectTimeoutException expected) {
                // refused: the port is closed
            } catch (IOException expected) {
                // or the old connection was closed under the request
            }
        } finally {
            held.release();
            server.service.stop();
        }
    }

    @Test
    void aBrokenTemplateIs500WithoutDetailsAndNotReady(@TempDir Path templates) throws Exception {
        Files.createDirectories(templates.resolve("default"));
        Files.writeString(templates.resolve("default/document.ftlx"), "<#ftl output_format=\"XML\"><#if>broken");
        Renderer broken = new Renderer(TemplateEngine.fromDirectory(templates), new FontLibrary(FontConfig.defaults()));
        try (TestService server = TestService.start(TestService.config(), RenderCall.of(broken))) {
            HttpResponse<byte[]> r = server.postJson("/api/documents", JULU);
            JsonNode p = assertProblem(r, 500, "internal");
            assertFalse(TestService.text(r).contains("ftl"), "no template internals in the answer");
            // The warm-up render fails the same way, so the instance never reports ready.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String state;
            do {
                HttpResponse<byte[]> ready = server.get("/ready");
                state = TestService.json(ready).path("status").asText();
                assertEquals(503, ready.statusCode());
                Thread.sleep(20);
            } while (!state.equals("FAILED") && System.nanoTime() < deadline);
            assertEquals("FAILED", state);
            assertEquals(200, server.get("/health").statusCode(), "alive, just not ready");
            assertEquals("internal", p.path("type").asText().substring("urn:jixiao-docs:problem:".length()));
        }
    }

    @Test
    void oneAccessLogLinePerRequestWithoutContentsOrTokens() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (TestService server = TestService.start(TestService.config().withTokens("secret-api-token", null))) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            byte[] marked = new String(JULU, StandardCharsets.UTF_8).replace("巨鹿县总工会", "LOGMARKER县总工会")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> r = server.postJson("/api/validate?secret=QUERYMARKER", marked,
                    "Authorization", "Bearer secret-api-token");
            assertEquals(200, r.statusCode());
            String line = awaitLine(captured, "POST /api/validate ");
            assertTrue(line.matches(".*access - POST /api/validate 200 \\d+ms " + r.body().length + "B"), line);
            String log = captured.toString(StandardCharsets.UTF_8);
            assertFalse(log.contains("LOGMARKER") || log.contains("QUERYMARKER") || log.contains("secret-api-token"), log);
        } finally {
            System.setErr(original);
        }
    }

    private static String awaitLine(ByteArrayOutputStream captured, String needle) throws InterruptedException {
        // Jetty logs a request once it has completed, which can be just after the client has the response.
        for (int i = 0; i < 500; i++) {
            for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.contains(needle)) {
                    return line.strip();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no access log line with " + needle + " in: " + captured.toString(StandardCharsets.UTF_8));
    }

    private static void awaitQueued(TestService server, int n) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            if (TestService.json(server.get("/ready")).path("queued").asInt() == n) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the queue never held " + n);
    }

    private static HttpRequest post(TestService server, String path, byte[] body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static CompletableFuture<HttpResponse<byte[]>> async(TestService server, String path) {
        return server.client.sendAsync(post(server, path, JULU), HttpResponse.BodyHandlers.ofByteArray());
    }
}
