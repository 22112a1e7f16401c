package cn.jixiao.docs.service;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code GET /api/batch} reports the running or last nightly batch; {@code POST /api/batch} starts one now (202),
 * or answers with the run already going (200): only one batch runs at a time. Without {@code --batch-in} and
 * {@code --batch-out} the service has no batch, and both answer 404.
 */
final class BatchHandlers {

    private final Optional<BatchControl> batch;

    BatchHandlers(Optional<BatchControl> batch) { this.batch = batch; }

    void status(Context ctx) {
        send(ctx, 200, configured().status());
    }

    void start(Context ctx) {
        BatchControl.Started r = configured().startNow();
        send(ctx, r.started() ? 202 : 200, r.status());
    }

    private BatchControl configured() {
        return batch.orElseThrow(() -> new HttpProblem.Exception(Problems.batchNotConfigured()));
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType(Json.MEDIA_TYPE).result(Json.bytes(body));
    }
}
