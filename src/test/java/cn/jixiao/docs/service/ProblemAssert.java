package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** What every failure of the service must look like: RFC 9457 problem+json with errors, never HTML or a stack. */
final class ProblemAssert {

    private ProblemAssert() {}

    static JsonNode assertProblem(HttpResponse<byte[]> r, int status, String type) {
        String body = TestService.text(r);
        assertEquals(status, r.statusCode(), body);
        assertTrue(TestService.contentType(r).startsWith("application/problem+json"), TestService.contentType(r));
        assertFalse(body.contains("<html") || body.contains("<HTML"), body);
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at cn.jixiao"), body);
        JsonNode p = TestService.json(r);
        assertEquals("urn:jixiao-docs:problem:" + type, p.path("type").asText(), body);
        assertEquals(status, p.path("status").asInt(), body);
        assertFalse(p.path("title").asText().isBlank(), body);
        assertFalse(p.path("detail").asText().isBlank(), body);
        assertTrue(p.path("errors").isArray() && p.path("errors").size() > 0, body);
        for (JsonNode e : p.path("errors")) {
            assertTrue(e.has("path") && e.path("path").isTextual(), body);
            assertFalse(e.path("message").asText().isBlank(), body);
        }
        assertTrue(r.headers().firstValue("Content-Disposition").isEmpty(), "a problem is not a download");
        // Jetty's own errors (431, …) come before any handler; every other answer says nosniff.
        assertTrue(type.startsWith("http-") || r.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff"),
                "nosniff on " + type);
        return p;
    }
}
