package cn.jixiao.docs.service;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import java.util.List;

/**
 * Every failure the service answers with, as a problem document in the words of messages.properties (the
 * {@code service.problem.*} keys). One place, so the API, the form and the OpenAPI description agree on types.
 */
final class Problems {

    /** Seconds a client should wait after a full queue: a few renders' worth, long enough for the queue to drain. */
    static final int RETRY_AFTER_BUSY = 2;

    private Problems() {}

    static HttpProblem malformedJson(List<Problem> problems) {
        return plan(400, "malformed-json", "service.problem.malformedJson", problems);
    }

    static HttpProblem invalidPlan(List<Problem> problems) {
        return plan(422, "invalid-plan", "service.problem.invalidPlan", problems);
    }

    /** A body sent as a workbook that cannot be read as one: its one problem says why and what to do. */
    static HttpProblem unreadableWorkbook(Problem problem) {
        Messages m = Messages.get();
        return new HttpProblem(HttpProblem.TYPE_PREFIX + "unreadable-workbook", m.get("service.problem.unreadableWorkbook.title"),
                400, problem.message(), List.of(ProblemItem.of(problem)), null, null, null);
    }

    static HttpProblem tooLarge(long limitBytes) {
        return simple(413, "body-too-large", "service.problem.tooLarge", sizeInWords(limitBytes));
    }

    static HttpProblem notJson(String contentType) {
        String shown = contentType == null || contentType.isBlank() ? Messages.get().get("value.empty") : contentType;
        return simple(415, "not-json", "service.problem.notJson", shown);
    }

    static HttpProblem unknownFormat(String given) {
        return simple(400, "unknown-format", "service.problem.unknownFormat", given);
    }


    static HttpProblem unauthorized(String challenge) {
        HttpProblem p = simple(401, "unauthorized", "service.problem.unauthorized");
        return new HttpProblem(p.type(), p.title(), p.status(), p.detail(), p.errors(), null, null, challenge);
    }

    static HttpProblem queueFull() {
        return retryLater(simple(503, "queue-full", "service.problem.queueFull", RETRY_AFTER_BUSY), RETRY_AFTER_BUSY);
    }

    static HttpProblem timedOut(long seconds) {
        return retryLater(simple(503, "render-timeout", "service.problem.timedOut", seconds), RETRY_AFTER_BUSY);
    }

    /** The memory the plan needs is held by other renders now: a moment later it will not be. */
    static HttpProblem memoryBusy(long bytes, long budget) {
        return retryLater(simple(503, "memory-busy", "service.problem.memoryBusy", bytes >> 20, budget >> 20,
                RETRY_AFTER_BUSY), RETRY_AFTER_BUSY);
    }

    /** More than this service's whole render memory: sending it again cannot help, splitting the plan can. */
    static HttpProblem tooCostly(long bytes, long budget) {
        return simple(413, "plan-too-large", "service.problem.tooCostly", bytes >> 20, budget >> 20);
    }

    /** The body stopped coming: the client went away, was too slow, or fell silent. */
    static HttpProblem incompleteBody(int status) {
        return simple(status, "incomplete-body", "service.problem.incompleteBody");
    }

    static HttpProblem stopping() {
        return retryLater(simple(503, "stopping", "service.problem.stopping"), RETRY_AFTER_BUSY);
    }

    static HttpProblem notFound(String path) {
        return simple(404, "not-found", "service.problem.notFound", path);
    }

    static HttpProblem batchNotConfigured() {
        return simple(404, "batch-not-configured", "service.problem.batchNotConfigured");
    }

    static HttpProblem methodNotAllowed(String method, String path) {
        return simple(405, "method-not-allowed", "service.problem.methodNotAllowed", method, path);
    }

    static HttpProblem internal() {
        return simple(500, "internal", "service.problem.internal");
    }

    /** Any other status (Jetty's own errors: a malformed request line, headers too large, …). */
    static HttpProblem status(int status) {
        return simple(status, "http-" + status, "service.problem.http", status);
    }

    static String sizeInWords(long bytes) {
        long mib = 1024L * 1024;
        return bytes % mib == 0 ? Messages.get().format("service.size.mb", bytes / mib)
                : Messages.get().format("service.size.bytes", bytes);
    }

    private static HttpProblem plan(int status, String type, String key, List<Problem> problems) {
        List<ProblemItem> errors = problems.stream().filter(Problem::isError).map(ProblemItem::of).toList();
        List<ProblemItem> warnings = problems.stream().filter(p -> !p.isError()).map(ProblemItem::of).toList();
        Messages m = Messages.get();
        return new HttpProblem(HttpProblem.TYPE_PREFIX + type, m.get(key + ".title"), status,
                m.format(key + ".detail", errors.size(), warnings.size()), errors, warnings, null, null);
    }

    private static HttpProblem simple(int status, String type, String key, Object... args) {
        Messages m = Messages.get();
        String detail = m.format(key + ".detail", args);
        return new HttpProblem(HttpProblem.TYPE_PREFIX + type, m.format(key + ".title", args), status, detail,
                List.of(ProblemItem.ofRequest(detail)), null, null, null);
    }

    private static HttpProblem retryLater(HttpProblem p, int seconds) {
        return new HttpProblem(p.type(), p.title(), p.status(), p.detail(), p.errors(), p.warnings(), seconds, null);
    }
}
