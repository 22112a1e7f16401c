package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.RenderCost;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.validation.Validator;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: the API for other systems under /api, the staff form at /, health checks, and the OpenAPI
 * description. One renderer serves every request through a bounded {@link RenderPool}. {@link #stop()} is graceful:
 * the server stops accepting, lets requests in flight finish (their renders included), then shuts the pool.
 */
public final class HttpService implements AutoCloseable {

    /** One endpoint as registered with Javalin; the OpenAPI test checks the description against these. */
    public record Route(String method, String path) {}

    private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);
    private static final Set<HandlerType> ENDPOINT_TYPES =
            Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final ServiceConfig config;
    private final Javalin app;
    private final RenderPool pool;
    private final Readiness readiness;
    private final List<Route> routes;

    private HttpService(ServiceConfig config, Javalin app, RenderPool pool, Readiness readiness, List<Route> routes) {
        this.config = config;
        this.app = app;
        this.pool = pool;
        this.readiness = readiness;
        this.routes = routes;
    }

    /** Starts serving; returns once the port is bound (warm-up goes on in the background, see /ready). */
    public static HttpService start(ServiceConfig config, Renderer renderer) {
        return start(config, RenderCall.of(renderer), renderer.templates().source(), Optional.empty());
    }

    /** The same, with a nightly batch behind /api/batch (the caller owns it and stops it). */
    public static HttpService start(ServiceConfig config, Renderer renderer, Optional<BatchControl> batch) {
        return start(config, RenderCall.of(renderer), renderer.templates().source(), batch);
    }

    static HttpService start(ServiceConfig config, RenderCall renderer, String templates) {
        return start(config, renderer, templates, Optional.empty());
    }

    /** {@code templates} only names where the templates come from, for the start-up log line. */
    static HttpService start(ServiceConfig config, RenderCall renderer, String templates,
                             Optional<BatchControl> batch) {
        StaticResources files = new StaticResources();
        long typicalCost = RenderCost.bytes(Validator.validate(files.example.bytes()).plan(), EnumSet.allOf(Format.class));
        RenderPool pool = new RenderPool(renderer, config.renderThreads(), config.renderQueue(), config.renderTimeout(),
                new MemoryBudget(config.renderMemoryBytes()), typicalCost);
        Readiness readiness = new Readiness();
        List<Route> routes = Collections.synchronizedList(new ArrayList<>());

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes(); // JsonBody enforces it; this keeps Javalin consistent
            cfg.http.disableCompression(); // PDF, DOCX and zip are compressed already; gzip would only cost CPU
            cfg.http.prefer405over404 = true;
            cfg.jetty.threadPool = new FatalErrorThreadPool();
            ServiceConfig.Connections limits = config.connections();
            cfg.jetty.modifyHttpConfiguration(http -> {
                // A body that trickles in holds a thread while it is read: below this rate it is refused (408).
                http.setMinRequestDataRate(limits.minDataRate());
                // Content-Disposition with a 200-character name and X-Warnings fit with room to spare.
                http.setResponseHeaderSize(16 * 1024);
            });
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                if (limits.perAddress() > 0) {
                    connector.addBean(new PerAddressLimit(limits.perAddress()));
                }
                return connector;
            });
            cfg.jetty.modifyServer(server -> {
                server.setRequestLog(new AccessLog());
                server.setErrorHandler(new ProblemErrorHandler());
                // Jetty's graceful stop: stop accepting, wait this long for requests in flight to complete.
                server.setStopTimeout(config.shutdownGrace().toMillis());
            });
            cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProblemErrorHandler()));
            cfg.pvt.javaLangErrorHandler(ErrorResponses::sendRaw);
            cfg.events(events -> events.handlerAdded(meta -> {
                if (ENDPOINT_TYPES.contains(meta.getHttpMethod())) {
                    routes.add(new Route(meta.getHttpMethod().name(), meta.getPath()));
                }
            }));
        });

        DocumentHandlers documents = new DocumentHandlers(pool, config.maxBodyBytes());
        HealthHandlers health = new HealthHandlers(readiness, pool);
        ReviewHandler review = new ReviewHandler(Reviewer.standard(), pool, config.maxBodyBytes());

        // Browsers must take every answer for what its Content-Type says (a JSON echo is never run as a page).
        app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));

        // Always open: orchestrators probe these, and the API description is public knowledge.
        app.get("/health", health::health);
        app.get("/ready", health::ready);
        app.get("/openapi.json", ctx -> files.serve(ctx, files.openapi));

        // For other systems. With API_TOKEN set, every /api path needs it, unknown ones included.
        TokenGuard api = new TokenGuard(config.apiToken(), false, "jixiao-docs api");
        if (!api.open()) {
            app.before("/api/*", api::check);
        }
        app.post("/api/documents", documents::render);
        app.post("/api/validate", documents::validate);
        app.post("/api/review", review::review);
        app.get("/api/schema", ctx -> files.serve(ctx, files.schema));
        app.get("/api/template.xlsx", ctx -> files.serve(ctx, files.template.get()));
        app.get("/api/example.xlsx", ctx -> files.serve(ctx, files.exampleWorkbook.get()));
        BatchHandlers batches = new BatchHandlers(batch);
        app.get("/api/batch", batches::status);
        app.post("/api/batch", batches::start);

        // For people. The form has its own endpoints so that it works without API_TOKEN; FORM_TOKEN closes them.
        TokenGuard form = new TokenGuard(config.formToken(), true, "jixiao-docs");
        if (!form.open()) {
            for (String path : List.of("/", "/form.css", "/form.js", "/form/*")) {
                app.before(path, form::check);
            }
        }
        app.get("/", ctx -> files.serve(ctx, files.form));
        app.get("/form.css", ctx -> files.serve(ctx, files.css));
        app.get("/form.js", ctx -> files.serve(ctx, files.js));
        app.get("/form/example.json", ctx -> files.serve(ctx, files.example));
        app.get("/form/plan.schema.json", ctx -> files.serve(ctx, files.schemaDownload));
        app.get("/form/template.xlsx", ctx -> files.serve(ctx, files.template.get()));
        app.get("/form/example.xlsx", ctx -> files.serve(ctx, files.exampleWorkbook.get()));
        app.post("/form/documents", documents::render);
        app.post("/form/validate", documents::validate);
        app.post("/form/review", review::review);

        ErrorResponses.install(app, pool.timeoutSeconds(), path -> routes.stream()
                .filter(r -> r.path().equals(path)).map(Route::method).distinct().toList());

        app.start();
        HttpService service = new HttpService(config, app, pool, readiness, List.copyOf(routes));
        LOG.info("serving on port {} ({}; templates: {})", service.port(), config, templates);
        readiness.warmUp(renderer, files.example.bytes());
        return service;
    }

    public int port() { return app.port(); }

    /** Where a client on this machine reaches the service. */
    public URI localUri() {
        String host = config.host() == null || config.host().equals("0.0.0.0") || config.host().equals("::")
                ? "127.0.0.1" : config.host();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    public List<Route> routes() { return routes; }

    /** True once the warm-up render has finished and until stop begins: what /ready reports. */
    public boolean ready() { return readiness.ready(); }

    /** Graceful: not ready at once, in-flight requests finish (up to the grace period), then the pool stops. */
    public void stop() {
        if (!readiness.beginStopping()) {
            return;
        }
        LOG.info("stopping: finishing requests in flight (at most {} s)", config.shutdownGrace().toSeconds());
        app.stop();
        pool.shutdown(config.shutdownGrace());
        LOG.info("stopped");
    }

    @Override
    public void close() { stop(); }
}
