package cn.jixiao.docs.cli;

import cn.jixiao.docs.batch.BatchOptions;
import cn.jixiao.docs.batch.BatchScheduler;
import cn.jixiao.docs.batch.DailySchedule;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.service.Fatal;
import cn.jixiao.docs.service.HttpService;
import cn.jixiao.docs.service.ServiceConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port N] [--host H] [--templates DIR] [--fonts FILE] [--max-body-mb N] [--render-threads N]
 * [--render-queue N] [--render-timeout SECONDS]}. Each option falls back to an environment variable (PORT, HOST,
 * TEMPLATES_DIR, FONTS_CONFIG, MAX_BODY_MB, RENDER_THREADS, RENDER_QUEUE, RENDER_TIMEOUT_SECONDS,
 * SHUTDOWN_GRACE_SECONDS); the tokens come only from API_TOKEN and FORM_TOKEN, never the command line, where
 * every user of the machine could read them. Runs until the process is stopped (Ctrl-C, SIGTERM), then stops
 * gracefully.
 */
final class ServeCommand {

    private ServeCommand() {}

    static int run(String[] words, PrintStream out) throws InterruptedException {
        Args args = Args.parse(words, 1, Set.of("port", "host", "templates", "fonts", "max-body-mb", "render-threads",
                "render-queue", "render-timeout", "connections-per-address", "render-memory-mb", "nightly", "batch-in",
                "batch-out"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("serve takes no file arguments");
        }
        ServiceConfig config = config(args, System.getenv());
        Fatal.install();
        Renderer renderer = Setup.renderer(args);
        Optional<BatchScheduler> batch = batch(args, System.getenv(), renderer);
        HttpService service = HttpService.start(config, renderer, batch.map(NightlyBatch::new));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            batch.ifPresent(BatchScheduler::close); // a running batch saves its manifest; the next run goes on
            stopped.countDown();
        }, "graceful-stop"));
        out.println(Messages.get().format("cli.serving", "http://localhost:" + service.port()));
        stopped.await();
        return 0;
    }

    /**
     * The batch behind /api/batch, when {@code --batch-in} and {@code --batch-out} (or BATCH_IN, BATCH_OUT) are set;
     * {@code --nightly HH:MM} (or NIGHTLY) also runs it every day. It renders on half the cores, leaving the rest to
     * the API.
     */
    static Optional<BatchScheduler> batch(Args args, Map<String, String> env, Renderer renderer) {
        String in = args.option("batch-in", env.get("BATCH_IN"));
        String out = args.option("batch-out", env.get("BATCH_OUT"));
        String nightly = args.option("nightly", env.get("NIGHTLY"));
        if (in == null || out == null) {
            if (in != null || out != null || nightly != null) {
                throw new Args.UsageException("--nightly, --batch-in and --batch-out go together: give both folders");
            }
            return Optional.empty();
        }
        LocalTime at;
        try {
            at = nightly == null ? null : DailySchedule.parse(nightly);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--nightly needs a time HH:MM, got " + nightly);
        }
        int threads = Math.max(1, BatchOptions.defaultThreads() / 2);
        BatchScheduler scheduler = new BatchScheduler(renderer, BatchOptions.of(Path.of(in), Path.of(out)).withThreads(threads));
        if (at != null) {
            scheduler.scheduleDaily(at);
        }
        return Optional.of(scheduler);
    }

    static ServiceConfig config(Args args, Map<String, String> env) {
        ServiceConfig d = ServiceConfig.defaults();
        int port = number(args, env, "port", "PORT", d.port());
        String host = args.option("host", env.getOrDefault("HOST", d.host()));
        long maxBodyMb = number(args, env, "max-body-mb", "MAX_BODY_MB", (int) (d.maxBodyBytes() / (1024 * 1024)));
        int threads = number(args, env, "render-threads", "RENDER_THREADS", d.renderThreads());
        int queue = number(args, env, "render-queue", "RENDER_QUEUE", d.renderQueue());
        int timeout = number(args, env, "render-timeout", "RENDER_TIMEOUT_SECONDS", (int) d.renderTimeout().toSeconds());
        int grace = fromEnv(env, "SHUTDOWN_GRACE_SECONDS", (int) d.shutdownGrace().toSeconds());
        ServiceConfig.Connections c = ServiceConfig.Connections.DEFAULT;
        int idle = fromEnv(env, "IDLE_TIMEOUT_SECONDS", (int) c.idleTimeout().toSeconds());
        int rate = fromEnv(env, "MIN_DATA_RATE", (int) c.minDataRate());
        int perAddress = number(args, env, "connections-per-address", "CONNECTIONS_PER_ADDRESS", c.perAddress());
        int memoryMb = number(args, env, "render-memory-mb", "RENDER_MEMORY_MB", 0);
        try {
            return new ServiceConfig(host, port, maxBodyMb * 1024 * 1024, threads, queue, Duration.ofSeconds(timeout),
                    Duration.ofSeconds(grace), env.get("API_TOKEN"), env.get("FORM_TOKEN"),
                    new ServiceConfig.Connections(Duration.ofSeconds(idle), rate, perAddress), memoryMb * 1024L * 1024);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    /** The option if given, else the environment variable if set, else the default. */
    private static int number(Args args, Map<String, String> env, String option, String variable, int fallback) {
        return args.intOption(option, fromEnv(env, variable, fallback));
    }

    private static int fromEnv(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new Args.UsageException(variable + " needs a whole number, got " + value);
        }
    }
}
