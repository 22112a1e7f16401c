package cn.jixiao.docs.service;

import io.javalin.http.Context;

/** /health: the process answers (liveness). /ready: send it traffic (warm, not stopping), with the pool's load. */
final class HealthHandlers {

    record Health(String status) {}

    record Ready(String status, int renderThreads, int rendering, int queued, long renderMemoryMb, long freeMemoryMb) {}

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

    /** Not ready also while saturated: a balancer then sends the next request to a replica that can take it. */
    void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        boolean saturated = readiness.ready() && pool.saturated();
        ctx.status(readiness.ready() && !saturated ? 200 : 503);
        ctx.contentType(Json.MEDIA_TYPE);
        String status = saturated ? "SATURATED" : readiness.state().name();
        ctx.result(Json.bytes(new Ready(status, pool.threads(), pool.active(), pool.queued(),
                pool.budget().total() >> 20, pool.budget().free() >> 20)));
    }
}
