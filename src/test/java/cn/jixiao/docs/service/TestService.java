package cn.jixiao.docs.service;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.template.TemplateEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A service started on a free loopback port for one test class, and an HTTP client that talks to it. */
final class TestService implements AutoCloseable {

    private static Renderer sharedRenderer;

    final HttpService service;
    final URI base;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TestService(HttpService service) {
        this.service = service;
        this.base = service.localUri();
    }

    /** The bundled template and font, built once for all test classes: font loading costs a second. */
    static synchronized Renderer renderer() {
        if (sharedRenderer == null) {
            sharedRenderer = new Renderer(TemplateEngine.bundled(), new FontLibrary(FontConfig.defaults()));
        }
        return sharedRenderer;
    }

    static ServiceConfig config() { return ServiceConfig.defaults().withAddress("127.0.0.1", 0); }

    static TestService start(ServiceConfig config) { return new TestService(HttpService.start(config, renderer())); }

    /** Started and warmed up: for tests whose first request must already find a ready service. */
    static TestService ready(ServiceConfig config) {
        TestService s = start(config);
        s.awaitReady();
        return s;
    }

    static TestService start(ServiceConfig config, cn.jixiao.docs.batch.BatchScheduler batch) {
        return new TestService(HttpService.start(config, renderer(), java.util.Optional.of(new cn.jixiao.docs.cli.NightlyBatch(batch))));
    }

    static TestService start(ServiceConfig config, RenderCall render) {
        return new TestService(HttpService.start(config, render, "test"));
    }

    URI uri(String pathAndQuery) { return base.resolve(pathAndQuery); }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<byte[]> postJson(String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    /** A POST with any Content-Type: a staff workbook, or a type the service refuses. */
    HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the warm-up (bounded, so a broken warm-up fails the test instead of hanging it). */
    void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!service.ready()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service did not become ready: " + text(get("/ready")));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String text(HttpResponse<byte[]> r) { return new String(r.body(), StandardCharsets.UTF_8); }

    static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + text(r), e);
        }
    }

    static String contentType(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    @Override
    public void close() { service.stop(); }
}
