package cn.jixiao.docs.service;

import java.time.Duration;

/**
 * Everything an operator can set for the service, read once at start (see {@code ServeCommand} for the options and
 * environment variables). The tokens are secrets: {@link #toString()} says only whether each is set.
 *
 * @param host         the address to listen on; 0.0.0.0 for every interface
 * @param port         the port; 0 picks a free one (tests, the benchmark)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param renderThreads renders that run at once; more would only make each slower on a small machine
 * @param renderQueue  renders that may wait for a thread; one more gets 503 with Retry-After
 * @param renderTimeout how long one request may wait for its render, queue time included
 * @param shutdownGrace how long a stop waits for renders in flight
 * @param apiToken     when set, /api/* needs {@code Authorization: Bearer} with it; null when unset
 * @param formToken    when set, the staff form needs it too (as a Basic-auth password or a Bearer token)
 */
public record ServiceConfig(String host, int port, long maxBodyBytes, int renderThreads, int renderQueue,
        Duration renderTimeout, Duration shutdownGrace, String apiToken, String formToken) {

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_RENDER_QUEUE = 64;
    public static final Duration DEFAULT_RENDER_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    public ServiceConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
        }
        if (renderThreads < 1) {
            throw new IllegalArgumentException("render threads must be at least 1, got " + renderThreads);
        }
        if (renderQueue < 0) {
            throw new IllegalArgumentException("the render queue cannot be negative, got " + renderQueue);
        }
        if (renderTimeout.isNegative() || renderTimeout.isZero() || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        // An empty variable (API_TOKEN= in a compose file) must not turn into "the token is the empty string".
        apiToken = apiToken == null || apiToken.isBlank() ? null : apiToken;
        formToken = formToken == null || formToken.isBlank() ? null : formToken;
    }

    /** The defaults of {@code serve} with nothing set: every interface, port 7070, one render thread per core. */
    public static ServiceConfig defaults() {
        return new ServiceConfig("0.0.0.0", DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_RENDER_QUEUE, DEFAULT_RENDER_TIMEOUT,
                DEFAULT_SHUTDOWN_GRACE, null, null);
    }

    public ServiceConfig withAddress(String newHost, int newPort) {
        return new ServiceConfig(newHost, newPort, maxBodyBytes, renderThreads, renderQueue, renderTimeout,
                shutdownGrace, apiToken, formToken);
    }

    public ServiceConfig withMaxBodyBytes(long bytes) {
        return new ServiceConfig(host, port, bytes, renderThreads, renderQueue, renderTimeout, shutdownGrace,
                apiToken, formToken);
    }

    public ServiceConfig withRendering(int threads, int queue, Duration timeout) {
        return new ServiceConfig(host, port, maxBodyBytes, threads, queue, timeout, shutdownGrace, apiToken, formToken);
    }

    public ServiceConfig withTokens(String api, String form) {
        return new ServiceConfig(host, port, maxBodyBytes, renderThreads, renderQueue, renderTimeout, shutdownGrace,
                api, form);
    }

    @Override
    public String toString() {
        return "host=" + host + " port=" + port + " maxBodyBytes=" + maxBodyBytes + " renderThreads=" + renderThreads
                + " renderQueue=" + renderQueue + " renderTimeout=" + renderTimeout.toSeconds() + "s"
                + " shutdownGrace=" + shutdownGrace.toSeconds() + "s"
                + " apiToken=" + (apiToken == null ? "unset" : "set") + " formToken=" + (formToken == null ? "unset" : "set");
    }
}
