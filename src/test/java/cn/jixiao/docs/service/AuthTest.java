package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API_TOKEN guards /api/*; FORM_TOKEN, when set as well, guards the form; health and the description stay open. */
// A guard against a hang (a lost response), not a speed check: nothing here should take minutes.
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class AuthTest {

    static final String API = "api-secret-0123456789";
    static final String FORM = "form-secret-9876543210";
    static final byte[] JULU = Fixtures.read(Fixtures.JULU);

    static TestService apiOnly;
    static TestService both;

    @BeforeAll
    static void start() {
        apiOnly = TestService.start(TestService.config().withTokens(API, null));
        both = TestService.start(TestService.config().withTokens(API, FORM));
    }

    @AfterAll
    static void stop() {
        apiOnly.close();
        both.close();
    }

    @Test
    void apiNeedsTheBearerToken() {
        for (TestService s : new TestService[] {apiOnly, both}) {
            HttpResponse<byte[]> none = s.postJson("/api/documents", JULU);
            assertProblem(none, 401, "unauthorized");
            assertEquals("Bearer realm=\"jixiao-docs api\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertProblem(s.postJson("/api/documents", JULU, "Authorization", "Bearer wrong"), 401, "unauthorized");
            assertProblem(s.postJson("/api/documents", JULU, "Authorization", "Bearer " + API + "x"), 401, "unauthorized");
            assertProblem(s.postJson("/api/documents", JULU, "Authorization", "Bearer " + FORM), 401, "unauthorized");
            assertProblem(s.postJson("/api/validate", JULU), 401, "unauthorized");
            assertProblem(s.get("/api/schema"), 401, "unauthorized");
            // An unknown /api path is refused before it is looked up, so it reveals nothing either.
            assertProblem(s.get("/api/anything"), 401, "unauthorized");
            // The API does not take Basic auth, even with the right secret.
            assertProblem(s.postJson("/api/validate", JULU, "Authorization", basic("x", API)), 401, "unauthorized");

            HttpResponse<byte[]> ok = s.postJson("/api/documents", JULU, "Authorization", "Bearer " + API);
            assertEquals(200, ok.statusCode());
            assertTrue(TestService.text(ok).startsWith("%PDF"));
            assertEquals(200, s.postJson("/api/validate", JULU, "Authorization", "bearer " + API).statusCode());
            assertEquals(200, s.get("/api/schema", "Authorization", "Bearer " + API).statusCode());
        }
    }

    @Test
    void healthReadinessAndTheDescriptionStayOpen() {
        for (TestService s : new TestService[] {apiOnly, both}) {
            assertEquals(200, s.get("/health").statusCode());
            s.awaitReady();
            assertEquals(200, s.get("/ready").statusCode());
            assertEquals(200, s.get("/openapi.json").statusCode());
        }
    }

    @Test
    void withOnlyApiTokenTheFormStaysOpen() {
        assertEquals(200, apiOnly.get("/").statusCode());
        assertEquals(200, apiOnly.get("/form.js").statusCode());
        assertEquals(200, apiOnly.get("/form/example.json").statusCode());
        assertEquals(200, apiOnly.postJson("/form/validate", JULU).statusCode());
        assertEquals(200, apiOnly.postJson("/form/documents", JULU).statusCode());
    }

    @Test
    void formTokenClosesTheFormAndBrowsersGetABasicPrompt() {
        HttpResponse<byte[]> page = both.get("/");
        assertProblem(page, 401, "unauthorized");
        assertEquals("Basic realm=\"jixiao-docs\", charset=\"UTF-8\"", page.headers().firstValue("WWW-Authenticate").orElseThrow());
        for (String path : new String[] {"/form.css", "/form.js", "/form/example.json", "/form/plan.schema.json"}) {
            assertProblem(both.get(path), 401, "unauthorized");
        }
        assertProblem(both.postJson("/form/documents", JULU), 401, "unauthorized");
        assertProblem(both.postJson("/form/validate", JULU, "Authorization", basic("clerk", API)), 401, "unauthorized");

        assertEquals(200, both.get("/", "Authorization", basic("clerk", FORM)).statusCode());
        assertEquals(200, both.get("/", "Authorization", basic("", FORM)).statusCode());
        assertEquals(200, both.get("/form.css", "Authorization", "Bearer " + FORM).statusCode());
        HttpResponse<byte[]> doc = both.postJson("/form/documents?format=docx", JULU, "Authorization", basic("clerk", FORM));
        assertEquals(200, doc.statusCode());
        assertEquals("PK", new String(doc.body(), 0, 2, StandardCharsets.US_ASCII));
    }

    @Test
    void tokenGuardComparesWholeTokensOnly() {
        TokenGuard guard = new TokenGuard("s3cret", true, "r");
        assertTrue(guard.matches("Bearer s3cret"));
        assertTrue(guard.matches("BEARER s3cret "));
        assertTrue(guard.matches(basic("anyone", "s3cret")));
        assertFalse(guard.matches(basic("anyone", "s3cret:")), "the password is everything after the first colon");
        assertFalse(guard.matches(null));
        assertFalse(guard.matches(""));
        assertFalse(guard.matches("Bearer "));
        assertFalse(guard.matches("Bearer s3cre"));
        assertFalse(guard.matches("Bearer s3cretX"));
        assertFalse(guard.matches("s3cret"));
        assertFalse(guard.matches("Basic !!!not-base64"));
        assertFalse(guard.matches("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))));
        assertFalse(new TokenGuard("s3cret", false, "r").matches(basic("x", "s3cret")), "Basic only where allowed");
        assertTrue(new TokenGuard(null, false, "r").open());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
