package cn.jixiao.docs.service;

import cn.jixiao.docs.workbook.InputKind;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request's body, contract JSON or a staff workbook, as bytes (the validator wants bytes: it reports
 * malformed JSON by line and column), refusing other media types (415) and bodies over the limit (413). The limit is enforced while reading, so a
 * chunked body without Content-Length cannot get past it either. A body that stops coming is the client's problem:
 * 408 when it trickles below Jetty's minimum data rate, 400 when the client hangs up or falls silent.
 */
final class JsonBody {

    /** After refusing a large body we read on a little, so the client sees the 413 instead of a reset connection. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private JsonBody() {}

    /** The media type of a staff workbook (.xlsx). */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * What the body is by its Content-Type: application/json or any application/*+json (with or without parameters)
     * is contract JSON, the .xlsx type a staff workbook; anything else is refused (415).
     */
    static InputKind kind(Context ctx) {
        String contentType = ctx.header("Content-Type");
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals(XLSX)) {
            return InputKind.WORKBOOK;
        }
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw Problems.notJson(contentType).toException();
        }
        return InputKind.JSON;
    }

    static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            // A client that sent "Expect: 100-continue" waits for a go-ahead before sending the body, and Jetty gives
            // it when the body is first asked for: so do not ask, and it never sends the body. Others are sending it
            // already; reading it away lets them see the 413 instead of a connection reset mid-upload.
            if (!"100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
                drain(ctx);
            }
            throw Problems.tooLarge(limit).toException();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            int initial = (int) Math.min(declared >= 0 ? declared : 64 * 1024, limit);
            byte[] buf = new byte[Math.max(initial, 16)];
            int len = 0;
            while (true) {
                if (len == buf.length) {
                    if (len > limit) {
                        drain(in);
                        throw Problems.tooLarge(limit).toException();
                    }
                    // Grow up to one byte past the limit: reading that byte is how an undeclared body shows it is too big.
                    buf = Arrays.copyOf(buf, (int) Math.min((long) len * 2, limit + 1));
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
            }
            if (len > limit) {
                throw Problems.tooLarge(limit).toException();
            }
            return len == buf.length ? buf : Arrays.copyOf(buf, len);
        } catch (BadMessageException e) {
            // Jetty's minimum data rate: the body trickles in slower than a real upload ever does (408).
            throw Problems.incompleteBody(e.getCode()).toException();
        } catch (IOException e) {
            // The client hung up or fell silent mid-body: its fault, nobody is left to read a 500, and no stack
            // trace belongs in the log for it (the access log has the line).
            throw Problems.incompleteBody(400).toException();
        }
    }

    private static void drain(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            drain(in);
        } catch (IOException e) {
            // The client went away; the 413 is all there is left to try.
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(sink)) >= 0) {
            total += n;
        }
    }
}
