package cn.jixiao.docs.service;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds, response bytes. A Jetty request log rather than a
 * Javalin one, because Jetty sees every request, also those refused before Javalin (bad request lines, 503 while
 * stopping), and knows the bytes actually written. The path only: no query string, no headers, no body, so
 * neither document contents nor tokens reach the log.
 */
final class AccessLog implements RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("access");

    @Override
    public void log(Request request, Response response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long ms = System.currentTimeMillis() - request.getTimeStamp();
        LOG.info("{} {} {} {}ms {}B", request.getMethod(), request.getRequestURI(), response.getCommittedMetaData() == null
                ? response.getStatus() : response.getCommittedMetaData().getStatus(), ms,
                response.getHttpChannel().getBytesWritten());
    }
}
