package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.batch.BatchOptions;
import cn.jixiao.docs.batch.BatchScheduler;
import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.template.TemplateEngine;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps /openapi.json true: its operations are exactly the registered routes, its references resolve, every answer
 * the service gives (driven through each kind of request, on open, guarded, busy and broken instances) is a
 * documented status with a documented media type and the documented members, and every documented status occurs.
 */
// A guard against a hang (a lost response), not a speed check: nothing here should take minutes.
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class OpenApiTest {

    static final byte[] JULU = Fixtures.read(Fixtures.JULU);
    static final byte[] WORKBOOK = cn.jixiao.docs.workbook.WorkbookFiles.example();

    static TestService open;
    static TestService guarded;
    static TestService busy;
    static TestService broken;
    static TestService batching;
    static BatchScheduler scheduler;
    static HeldRenderer held = new HeldRenderer();
    static CompletableFuture<HttpResponse<byte[]>> holding;
    static JsonNode doc;

    @BeforeAll
    static void start(@TempDir Path templates) throws Exception {
        open = TestService.start(TestService.config());
        guarded = TestService.start(TestService.config().withTokens("api-token", "form-token"));
        // One render thread and no queue: while one render is held, every other render is refused at once.
        busy = TestService.start(TestService.config().withRendering(1, 0, Duration.ofSeconds(60)), held);
        Files.createDirectories(templates.resolve("default"));
        Files.writeString(templates.resolve("default/document.ftlx"), "<#if>");
        Renderer failing = new Renderer(TemplateEngine.fromDirectory(templates), new FontLibrary(FontConfig.defaults()));
        broken = TestService.start(TestService.config(), RenderCall.of(failing));
        // A batch long enough (the 64-project fixture, many times) that a second start finds it running.
        Path in = Files.createDirectories(templates.resolve("batch-in"));
        for (int i = 0; i < 12; i++) {
            Files.copy(Fixtures.LARGE, in.resolve("large-" + i + ".json"));
        }
        scheduler = new BatchScheduler(TestService.renderer(),
                BatchOptions.of(in, templates.resolve("batch-out")).withThreads(1));
        batching = TestService.start(TestService.config(), scheduler);
        doc = TestService.json(open.get("/openapi.json"));
        open.awaitReady();
        busy.awaitReady();
        held.hold();
        holding = busy.client.sendAsync(HttpRequest.newBuilder(busy.uri("/api/documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(JULU)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        held.awaitStarted();
    }

    @AfterAll
    static void stop() throws Exception {
        held.release();
        assertEquals(200, holding.get(60, TimeUnit.SECONDS).statusCode());
        for (TestService s : new TestService[] {open, guarded, busy, broken, batching}) {
            s.close();
        }
        scheduler.close();
    }

    @Test
    void isOpenApi31AndItsOperationsAreExactlyTheRoutes() {
        assertEquals("3.1.0", doc.path("openapi").asText());
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> registered = new TreeSet<>();
        open.service.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        assertEquals(registered, documented);
        Set<String> guardedRoutes = new TreeSet<>();
        guarded.service.routes().forEach(r -> guardedRoutes.add(r.method() + " " + r.path()));
        assertEquals(registered, guardedRoutes, "tokens change who may call, not what exists");
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        walk(doc, n -> {
            if (n.has("$ref")) {
                refs.add(n.get("$ref").asText());
            }
        });
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertFalse(resolve(ref).isMissingNode(), ref);
            } else {
                // The plan's schema is referenced where the service serves it.
                assertEquals("/api/schema", ref);
                assertTrue(doc.path("paths").has("/api/schema"));
            }
        }
        for (JsonNode op : operations().values()) {
            assertFalse(op.path("operationId").asText().isBlank(), op.toString());
            assertTrue(op.has("security"), "every operation says whether it needs a token: " + op.path("operationId"));
        }
    }

    @Test
    void everyAnswerIsDocumentedAndEveryDocumentedStatusOccurs() {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : operations().entrySet()) {
            String method = e.getKey().split(" ", 2)[0];
            String path = e.getKey().split(" ", 2)[1];
            JsonNode op = e.getValue();
            Set<String> statuses = new TreeSet<>();
            for (HttpResponse<byte[]> r : exercise(method, path, op)) {
                String status = Integer.toString(r.statusCode());
                statuses.add(status);
                JsonNode documented = resolveRef(op.path("responses").path(status));
                assertFalse(documented.isMissingNode(), e.getKey() + " answered " + status + " (undocumented): "
                        + TestService.text(r));
                String type = TestService.contentType(r).split(";")[0].trim();
                JsonNode content = documented.path("content");
                assertTrue(content.has(type), e.getKey() + " " + status + " answered " + type + ", documented: "
                        + iterable(content.fieldNames()));
                checkRequiredMembers(e.getKey() + " " + status, content.path(type).path("schema"), r);
                documented.path("headers").fieldNames().forEachRemaining(h -> {
                    // X-Warnings only comes with warnings, which the reference plan has none of.
                    if (!h.equals("X-Warnings") && (!h.equals("X-Warning-Count") || type.equals("application/pdf"))) {
                        assertTrue(r.headers().firstValue(h).isPresent(), e.getKey() + " " + status + " lacks " + h);
                    }
                });
            }
            seen.put(e.getKey(), statuses);
            Set<String> documentedStatuses = new TreeSet<>(iterable(op.path("responses").fieldNames()));
            assertEquals(documentedStatuses, statuses, e.getKey() + ": documented vs. produced statuses");
        }
        assertEquals(operations().keySet(), seen.keySet());
    }

    /** Every kind of request this operation can get, on every kind of instance it can meet. */
    private List<HttpResponse<byte[]>> exercise(String method, String path, JsonNode op) {
        List<HttpResponse<byte[]>> out = new ArrayList<>();
        boolean guardedOp = op.path("security").size() > 0;
        if (path.equals("/api/batch")) {
            // Not configured (404), no token (401), then on the instance with a batch: started, already running.
            out.add(method.equals("GET") ? open.get(path) : open.postJson(path, new byte[0]));
            out.add(method.equals("GET") ? guarded.get(path) : guarded.postJson(path, new byte[0]));
            out.add(method.equals("GET") ? batching.get(path) : batching.postJson(path, new byte[0]));
            if (method.equals("POST")) {
                out.add(batching.postJson(path, new byte[0]));
            }
            return out;
        }
        if (method.equals("GET")) {
            out.add(open.get(path));
            if (guardedOp) {
                out.add(guarded.get(path));
            }
            if (path.equals("/ready")) {
                out.add(awaitFailed());
            }
            return out;
        }
        byte[] big = new byte[(int) ServiceConfig.DEFAULT_MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        for (String format : List.of("pdf", "docx", "zip")) {
            out.add(open.postJson(path + "?format=" + format, JULU));
        }
        out.add(open.postJson(path, Fixtures.read(Path.of("fixtures/invalid/malformed-json.json"))));
        out.add(open.postJson(path + "?format=odt", JULU));
        out.add(open.postJson(path, Fixtures.read(Path.of("fixtures/invalid/budget-mismatch.json"))));
        out.add(open.postJson(path, big));
        out.add(open.send(HttpRequest.newBuilder(open.uri(path)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JULU)).build()));
        // The staff workbook: rendered or checked like JSON; a file that is no workbook is a 400 (validate: 200).
        out.add(open.post(path, JsonBody.XLSX, WORKBOOK));
        out.add(open.post(path, JsonBody.XLSX, "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        out.add(guarded.postJson(path, JULU));
        out.add(busy.postJson(path, JULU));
        out.add(broken.postJson(path, JULU));
        return out;
    }

    private static HttpResponse<byte[]> awaitFailed() {
        for (int i = 0; i < 3000; i++) {
            HttpResponse<byte[]> r = broken.get("/ready");
            if (TestService.json(r).path("status").asText().equals("FAILED")) {
                return r;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the broken instance never reported FAILED");
    }

    /** The JSON members the documented schema requires are in the answer (and problems have errors). */
    private void checkRequiredMembers(String what, JsonNode schema, HttpResponse<byte[]> r) {
        JsonNode s = resolveRef(schema);
        if (!s.has("required")) {
            return;
        }
        JsonNode body = TestService.json(r);
        for (JsonNode name : s.path("required")) {
            assertTrue(body.has(name.asText()), what + " lacks " + name + ": " + body);
        }
        if (s.path("properties").path("errors").path("minItems").asInt() > 0) {
            assertTrue(body.path("errors").size() > 0, what);
        }
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new TreeMap<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields()
                .forEachRemaining(m -> ops.put(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue())));
        return ops;
    }

    private static JsonNode resolveRef(JsonNode node) {
        return node.has("$ref") && node.get("$ref").asText().startsWith("#/") ? resolve(node.get("$ref").asText()) : node;
    }

    private static JsonNode resolve(String ref) {
        JsonNode n = doc;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return n;
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        visit.accept(node);
        node.elements().forEachRemaining(child -> walk(child, visit));
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
