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
 * @param connections  what one connection, and one client address, may hold of the server
 * @param renderMemory the heap renders may take at once, in bytes; 0 derives it from the maximum heap
 */
public record ServiceConfig(String host, int port, long maxBodyBytes, int renderThreads, int renderQueue,
        Duration renderTimeout, Duration shutdownGrace, String apiToken, String formToken, Connections connections,
        long renderMemory) {

    /**
     * Slow or idle clients: a connection silent for {@code idleTimeout} is closed, a body arriving slower than
     * {@code minDataRate} bytes a second is refused (408), and one client address may hold at most
     * {@code perAddress} connections at once (0: no cap, for a service behind a proxy that all traffic comes from).
     */
    public record Connections(Duration idleTimeout, long minDataRate, int perAddress) {
        public static final Connections DEFAULT = new Connections(Duration.ofSeconds(20), 2048, 32);

        public Connections {
            if (idleTimeout.isNegative() || idleTimeout.isZero() || minDataRate < 0 || perAddress < 0) {
                throw new IllegalArgumentException("connection limits must be positive (0 turns the rate or cap off)");
            }
        }
    }

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
        if (renderMemory < 0) {
            throw new IllegalArgumentException("the render memory cannot be negative, got " + renderMemory);
        }
        connections = connections == null ? Connections.DEFAULT : connections;
        // An empty variable (API_TOKEN= in a compose file) must not turn into "the token is the empty string".
        apiToken = apiToken == null || apiToken.isBlank() ? null : apiToken;
        formToken = formToken == null || formToken.isBlank() ? null : formToken;
    }

    /** The defaults of {@code serve} with nothing set: every interface, port 7070, one render thread per core. */
    public static ServiceConfig defaults() {
        return new ServiceConfig("0.0.0.0", DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_RENDER_QUEUE, DEFAULT_RENDER_TIMEOUT,
                DEFAULT_SHUTDOWN_GRACE, null, null, Connections.DEFAULT, 0);
    }

    /** The render memory budget in bytes: as set, or what this JVM's maximum heap leaves after the resident part. */
    public long renderMemoryBytes() {
        return renderMemory > 0 ? renderMemory : MemoryBudget.forHeap(Runtime.getRuntime().maxMemory()).total();
    }

    public ServiceConfig withAddress(String newHost, int newPort) {
        return new ServiceConfig(newHost, newPort, maxBodyBytes, renderThreads, renderQueue, renderTimeout,
                shutdownGrace, apiToken, formToken, connections, renderMemory);
    }

    public ServiceConfig withMaxBodyBytes(long bytes) {
        return new ServiceConfig(host, port, bytes, renderThreads, renderQueue, renderTimeout, shutdownGrace,
                apiToken, formToken, connections, renderMemory);
    }

    public ServiceConfig withRendering(int threads, int queue, Duration timeout) {
        return new ServiceConfig(host, port, maxBodyBytes, threads, queue, timeout, shutdownGrace, apiToken, formToken,
                connections, renderMemory);
    }

    public ServiceConfig withTokens(String api, String form) {
        return new ServiceConfig(host, port, maxBodyBytes, renderThreads, renderQueue, renderTimeout, shutdownGrace,
                api, form, connections, renderMemory);
    }

    public ServiceConfig withConnections(Connections c) {
        return new ServiceConfig(host, port, maxBodyBytes, renderThreads, renderQueue, renderTimeout, shutdownGrace,
                apiToken, formToken, c, renderMemory);
    }

    public ServiceConfig withRenderMemory(long bytes) {
        return new ServiceConfig(host, port, maxBodyBytes, renderThreads, renderQueue, renderTimeout, shutdownGrace,
                apiToken, formToken, connections, bytes);
    }

    @Override
    public String toString() {
        return "host=" + host + " port=" + port + " maxBodyBytes=" + maxBodyBytes + " renderThreads=" + renderThreads
                + " renderQueue=" + renderQueue + " renderTimeout=" + renderTimeout.toSeconds() + "s"
                + " shutdownGrace=" + shutdownGrace.toSeconds() + "s" + " idleTimeout=" + connections.idleTimeout().toSeconds()
                + "s minDataRate=" + connections.minDataRate() + "B/s connectionsPerAddress=" + connections.perAddress()
                + " renderMemory=" + (renderMemoryBytes() >> 20) + "MB"
                + " apiToken=" + (apiToken == null ? "unset" : "set") + " formToken=" + (formToken == null ? "unset" : "set");
    }
}
