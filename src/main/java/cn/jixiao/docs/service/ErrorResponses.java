package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Admission;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure inside Javalin into a problem+json response: our own problems, the render pool's refusals,
 * Javalin's 404/405, and anything unexpected (logged here with its stack trace, never sent to the client).
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String CONTENT_TYPE = HttpProblem.MEDIA_TYPE + ";charset=utf-8";

    private ErrorResponses() {}

    /** {@code allowedMethods} answers the Allow header of a 405 for a path. */
    static void install(Javalin app, long renderTimeoutSeconds, Function<String, List<String>> allowedMethods) {
        app.exception(HttpProblem.Exception.class, (e, ctx) -> send(ctx, e.problem()));
        app.exception(RenderPool.Refused.class, (e, ctx) -> send(ctx, switch (e.reason) {
            case QUEUE_FULL -> Problems.queueFull();
            case TIMED_OUT -> Problems.timedOut(renderTimeoutSeconds);
            case STOPPING -> Problems.stopping();
        }));
        app.exception(Admission.Refused.class, (e, ctx) -> send(ctx, e.ever ? Problems.tooCostly(e.bytes, e.budget)
                : Problems.memoryBusy(e.bytes, e.budget)));
        app.exception(RenderPool.Failed.class, (e, ctx) -> {
            LOG.error("render failed: {} {}", ctx.method(), ctx.path(), e.getCause());
            send(ctx, Problems.internal());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                send(ctx, Problems.notFound(ctx.path()));
            } else if (e.getStatus() == 405) {
                ctx.header("Allow", String.join(", ", allowedMethods.apply(ctx.path())));
                send(ctx, Problems.methodNotAllowed(ctx.method().name(), ctx.path()));
            } else {
                send(ctx, Problems.status(e.getStatus()));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure: {} {}", ctx.method(), ctx.path(), e);
            send(ctx, Problems.internal());
        });
    }

    static void send(Context ctx, HttpProblem problem) {
        ctx.status(problem.status());
        ctx.contentType(CONTENT_TYPE);
        if (problem.retryAfterSeconds() != null) {
            ctx.header("Retry-After", problem.retryAfterSeconds().toString());
        }
        if (problem.authenticate() != null) {
            ctx.header("WWW-Authenticate", problem.authenticate());
        }
        // A problem can replace a half-built success (a failure after headers were set): drop what does not apply.
        ctx.res().setHeader("Content-Disposition", null);
        ctx.res().setHeader("Content-Length", null);
        ctx.res().setHeader(DocumentHandlers.WARNING_COUNT_HEADER, null);
        ctx.result(Json.bytes(problem));
    }

    /**
     * For errors Javalin hands to the servlet directly (java.lang.Error, e.g. OutOfMemoryError): still no HTML, and
     * then the process ends ({@link Fatal}) so that its supervisor starts a sound one.
     */
    static void sendRaw(jakarta.servlet.http.HttpServletResponse res, Throwable error) {
        try {
            if (!res.isCommitted()) {
                byte[] body = Json.bytes(Problems.internal());
                res.setStatus(500);
                res.setContentType(CONTENT_TYPE);
                res.setContentLength(body.length);
                res.getOutputStream().write(body);
            }
            res.flushBuffer();
        } catch (Exception | Error ignored) {
            // Nothing more can be done for this response; the process ends below.
        } finally {
            Fatal.exit("request " + Thread.currentThread().getName(), error);
        }
    }
}
