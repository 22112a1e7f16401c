package cn.jixiao.docs.service;

import cn.jixiao.docs.review.ReviewJson;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import io.javalin.http.Context;

/**
 * POST …/review: the 绩效目标审核 of a plan, as JSON or a staff workbook. Always 200 when the body could be read, like …/validate: a plan that
 * does not validate (unparsable JSON included) is answered with its validation problems as findings of rule
 * {@code validation}, and no score. It runs on the render pool like a validation, under the same time limit.
 */
final class ReviewHandler {

    private final Reviewer reviewer;
    private final RenderPool pool;
    private final long maxBodyBytes;

    ReviewHandler(Reviewer reviewer, RenderPool pool, long maxBodyBytes) {
        this.reviewer = reviewer;
        this.pool = pool;
        this.maxBodyBytes = maxBodyBytes;
    }

    void review(Context ctx) {
        InputKind kind = JsonBody.kind(ctx);
        byte[] input = JsonBody.read(ctx, maxBodyBytes);
        byte[] body = ReviewJson.bytes(null,
                pool.run(c -> Inputs.review(reviewer, input, kind, pool.renderer().deployment())).review());
        ctx.status(200);
        ctx.contentType(Json.MEDIA_TYPE);
        ctx.result(body);
    }
}
