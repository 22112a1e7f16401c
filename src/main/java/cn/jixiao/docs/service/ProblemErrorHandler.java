package cn.jixiao.docs.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's errors (a malformed request, headers too large, 503 while stopping) as problem+json instead of Jetty's
 * HTML page with a stack trace. Errors raised inside Javalin's handlers never get here; see {@link HttpService}.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final String CONTENT_TYPE = HttpProblem.MEDIA_TYPE + ";charset=utf-8";

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        // Jetty's own 503 comes from the graceful stop refusing new requests.
        HttpProblem problem = code == 503 ? Problems.stopping() : Problems.status(code);
        byte[] body = Json.bytes(problem);
        if (problem.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", problem.retryAfterSeconds().toString());
        }
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        return ByteBuffer.wrap(Json.bytes(Problems.status(status)));
    }
}
