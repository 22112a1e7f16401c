package cn.jixiao.docs.service;

import io.javalin.http.Context;

/** /health: the process answers (liveness). /ready: send it traffic (warm, not stopping), with the pool's load. */
final class HealthHandlers {

    record Health(String status) {}

    record Ready(String status, int renderThreads, int rendering, int queued) {}

    private final Readiness readiness;
    private final RenderPool pool;

    HealthHandlers(Readiness readiness, RenderPool pool) {
        this.readiness = readiness;
        this.pool = pool;
    }

    /** Touches nothing that can block or be busy: it must answer while every render thread is occupied. */
    void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Json.MEDIA_TYPE);
        ctx.result(Json.bytes(new Health("UP")));
    }

    void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(readiness.ready() ? 200 : 503);
        ctx.contentType(Json.MEDIA_TYPE);
        ctx.result(Json.bytes(new Ready(readiness.state().name(), pool.threads(), pool.active(), pool.queued())));
    }
}
