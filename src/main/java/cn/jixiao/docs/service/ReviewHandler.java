package cn.jixiao.docs.service;

import cn.jixiao.docs.review.ReviewJson;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import io.javalin.http.Context;

/**
 * POST …/review: the 绩效目标审核 of a plan, as JSON or a staff workbook. Always 200 when the body could be read, like …/validate: a plan that
 * does not validate (unparsable JSON included) is answered with its validation problems as findings of rule
 * {@code validation}, and no score. Reviewing takes milliseconds, so it runs on the request thread, not in the render
 * pool.
 */
final class ReviewHandler {

    private final Reviewer reviewer;
    private final long maxBodyBytes;

    ReviewHandler(Reviewer reviewer, long maxBodyBytes) {
        this.reviewer = reviewer;
        this.maxBodyBytes = maxBodyBytes;
    }

    void review(Context ctx) {
        InputKind kind = JsonBody.kind(ctx);
        byte[] body = ReviewJson.bytes(null, Inputs.review(reviewer, JsonBody.read(ctx, maxBodyBytes), kind).review());
        ctx.status(200);
        ctx.contentType(Json.MEDIA_TYPE);
        ctx.result(body);
    }
}
