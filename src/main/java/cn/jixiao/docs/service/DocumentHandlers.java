package cn.jixiao.docs.service;

import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.Inputs;
import cn.jixiao.docs.workbook.UnreadableWorkbook;
import cn.jixiao.docs.workbook.WorkbookRead;
import cn.jixiao.docs.workbook.WorkbookReader;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two things the service does with a plan (JSON or a staff workbook): render it into a download, or only check
 * it. Both run on the render pool, under its time limit, and validate against the renderer's own templates and
 * fonts, so that checking first gives the answer rendering gives.
 */
final class DocumentHandlers {

    /** The answer of /api/validate. */
    record ValidationResult(boolean valid, List<ProblemItem> errors, List<ProblemItem> warnings) {}

    /** On a rendered document: how many warnings the render had. */
    static final String WARNING_COUNT_HEADER = "X-Warning-Count";
    /**
     * On a rendered document: the warnings themselves, as {@code UTF-8''} and the percent-encoded JSON list that
     * /api/validate answers (RFC 8187's form, since a header carries no Chinese as it is), as many whole warnings as
     * fit into {@link #WARNINGS_HEADER_BYTES}; {@code X-Warning-Count} tells whether that was all of them.
     */
    static final String WARNINGS_HEADER = "X-Warnings";
    static final int WARNINGS_HEADER_BYTES = 6 * 1024;

    private final RenderPool pool;
    private final long maxBodyBytes;

    DocumentHandlers(RenderPool pool, long maxBodyBytes) {
        this.pool = pool;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** POST …/documents: 200 with the file, or a problem (400 unparsable, 422 invalid, 503 busy, …). */
    void render(Context ctx) {
        InputKind kind = JsonBody.kind(ctx);
        OutputFormat output = OutputFormat.choose(ctx.queryParam("format"), ctx.header("Accept"));
        byte[] json = JsonBody.read(ctx, maxBodyBytes);
        Rendered rendered = kind == InputKind.JSON ? pool.render(json, output.formats)
                : pool.render(workbook(json), output.formats);
        if (!rendered.ok()) {
            throw (unparsable(json, rendered.problems()) ? Problems.malformedJson(rendered.problems())
                    : Problems.invalidPlan(rendered.problems())).toException();
        }
        byte[] body = output == OutputFormat.ZIP ? ZipBundle.of(rendered)
                : rendered.documents().get(output.formats.iterator().next());
        ctx.status(200);
        ctx.contentType(output.mediaType);
        ctx.header("Content-Disposition", ContentDisposition.attachment(rendered.baseName() + "." + output.extension,
                rendered.asciiName() + "." + output.extension));
        ctx.header(WARNING_COUNT_HEADER, Integer.toString(rendered.warnings().size()));
        if (!rendered.warnings().isEmpty()) {
            ctx.header(WARNINGS_HEADER, warningsHeader(rendered.warnings()));
        }
        ctx.header("Content-Length", Integer.toString(body.length));
        ctx.result(body);
    }

    /**
     * POST …/validate: always 200 when the body could be read, also for unparsable JSON. The request succeeded; the
     * plan is what failed, and {@code errors} says where (for unparsable JSON, by line and column).
     */
    void validate(Context ctx) {
        InputKind kind = JsonBody.kind(ctx);
        byte[] body = JsonBody.read(ctx, maxBodyBytes);
        Validation v = pool.run(c -> Inputs.validate(body, kind, pool.renderer().deployment()));
        ValidationResult result = new ValidationResult(v.valid(), v.errors().stream().map(ProblemItem::of).toList(),
                v.warnings().stream().map(ProblemItem::of).toList());
        ctx.status(200);
        ctx.contentType(Json.MEDIA_TYPE);
        ctx.result(Json.bytes(result));
    }

    /** {@code +} is encoded too, though RFC 8187 allows it: decoders of form data would read it as a space. */
    static String warningsHeader(List<Problem> warnings) {
        List<ProblemItem> shown = new ArrayList<>();
        String value = "UTF-8''" + ContentDisposition.encode("[]");
        for (Problem p : warnings) {
            shown.add(ProblemItem.of(p));
            String next = "UTF-8''" + ContentDisposition.encode(new String(Json.bytes(shown), StandardCharsets.UTF_8))
                    .replace("+", "%2B");
            if (next.length() > WARNINGS_HEADER_BYTES) {
                break;
            }
            value = next;
        }
        return value;
    }

    /** The workbook read, or 400 for a file that is no workbook we can read (corrupt, encrypted, .xls, a bomb, …). */
    private static WorkbookRead workbook(byte[] xlsx) {
        try {
            return WorkbookReader.read(xlsx);
        } catch (UnreadableWorkbook e) {
            throw Problems.unreadableWorkbook(e.problem()).toException();
        }
    }

    /** Unparsable JSON (reported with a line) and an empty body are the request's fault (400), not the plan's (422). */
    private static boolean unparsable(byte[] json, List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.isError() && p.line() != null)
                || new String(json, StandardCharsets.UTF_8).isBlank();
    }
}
