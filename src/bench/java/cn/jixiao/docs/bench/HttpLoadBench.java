package cn.jixiao.docs.bench;

import cn.jixiao.docs.cli.Args;
import cn.jixiao.docs.cli.Setup;
import cn.jixiao.docs.service.HttpService;
import cn.jixiao.docs.service.ServiceConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP load benchmark: N clients post the 巨鹿县 fixture for a PDF, back to back, for a fixed time, over
 * loopback; reports requests per second, latency percentiles and errors against the targets for a 2-core machine.
 *
 * <p>{@code --seconds S} (30) measured time, {@code --clients N} (16), {@code --warmup S} (60) unmeasured time
 * before, {@code --url URL} a running service (default: start one in this process on a free loopback port with the
 * defaults of {@code serve}). Exit code 0 when every target is met, 1 when not, 2 for a usage error.
 * A request counts as an error unless it is a 200 whose body starts with %PDF.
 */
public final class HttpLoadBench {

    /**
     * On 2 cores the JIT is still compiling the render path (C2 takes a fifth of the CPU) half a minute in; a
     * long-running service is measured after that, not during it.
     */
    static final int DEFAULT_WARMUP_SECONDS = 60;

    static final double TARGET_RPS = 50;
    static final double TARGET_P99_MS = 250;

    private HttpLoadBench() {}

    /** What one phase measured. */
    record Result(long requests, double seconds, long[] latenciesNanos, Map<String, Long> errors) {
        double perSecond() { return requests / seconds; }

        long errorCount() { return errors.values().stream().mapToLong(Long::longValue).sum(); }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(i, latenciesNanos.length - 1))] / 1e6;
        }
    }

    public static int run(String[] words, PrintStream out) {
        Args args;
        int seconds;
        int clients;
        int warmup;
        try {
            args = Args.parse(words, 0, Set.of("seconds", "clients", "url", "warmup"), Set.of());
            seconds = args.intOption("seconds", 30);
            clients = args.intOption("clients", 16);
            warmup = args.intOption("warmup", DEFAULT_WARMUP_SECONDS);
            if (!args.positional().isEmpty() || seconds < 1 || clients < 1 || warmup < 0) {
                throw new Args.UsageException("usage: bench http [--seconds 30] [--clients 16] [--warmup 60] [--url URL]");
            }
        } catch (Args.UsageException e) {
            out.println(e.getMessage());
            return 2;
        }
        byte[] plan = example();
        HttpService local = null;
        URI base;
        if (args.option("url", null) != null) {
            base = URI.create(args.option("url", null).replaceAll("/+$", "") + "/");
        } else {
            local = HttpService.start(ServiceConfig.defaults().withAddress("127.0.0.1", 0),
                    Setup.renderer(Args.parse(new String[0], 0, Set.of(), Set.of())));
            base = URI.create(local.localUri() + "/");
            awaitReady(local);
        }
        try {
            URI target = base.resolve("api/documents?format=pdf");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            out.printf("HTTP load: %d clients, POST %s (the Julu 2024 fixture, %d bytes), %d s warm-up + %d s measured, %d cores%n",
                    clients, target, plan.length, warmup, seconds, Runtime.getRuntime().availableProcessors());
            if (warmup > 0) {
                Result w = phase(client, target, plan, clients, warmup);
                out.printf("warm-up:  %d requests, %.1f req/s, %d errors%n", w.requests(), w.perSecond(), w.errorCount());
            }
            long cpuBefore = processCpuNanos();
            Result r = phase(client, target, plan, clients, seconds);
            long cpuMs = (processCpuNanos() - cpuBefore) / 1_000_000;
            boolean met = r.perSecond() >= TARGET_RPS && r.percentileMs(99) <= TARGET_P99_MS && r.errorCount() == 0;
            out.printf("measured: %d requests in %.1f s%n", r.requests(), r.seconds());
            out.printf("  requests/s %.1f   (target >= %.0f)%n", r.perSecond(), TARGET_RPS);
            out.printf("  latency ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f   (target p99 <= %.0f)%n",
                    r.percentileMs(50), r.percentileMs(90), r.percentileMs(99), r.percentileMs(100), TARGET_P99_MS);
            out.printf("  errors %d %s  (target 0)%n", r.errorCount(), r.errors().isEmpty() ? "" : r.errors());
            // On a shared machine the rate says as much about the neighbours as about us; CPU per request does not.
            if (cpuMs > 0 && r.requests() > 0) {
                out.printf("  CPU %.1f ms per request in this process (%s), %.0f%% of %d cores used%n",
                        (double) cpuMs / r.requests(), local != null ? "service and clients" : "clients only",
                        100.0 * cpuMs / (r.seconds() * 1000 * Runtime.getRuntime().availableProcessors()),
                        Runtime.getRuntime().availableProcessors());
            }
            out.println(met ? "targets: met" : "targets: NOT met");
            return met ? 0 : 1;
        } finally {
            if (local != null) {
                local.stop();
            }
        }
    }

    /** Every client posts back to back until the deadline; each keeps its own latencies, merged at the end. */
    private static Result phase(HttpClient client, URI target, byte[] plan, int clients, int seconds) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build();
        for (int c = 0; c < clients; c++) {
            long[][] slot = {new long[1024]};
            int[] count = {0};
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    String error = send(client, request);
                    long took = System.nanoTime() - t0;
                    if (error != null) {
                        errors.computeIfAbsent(error, k -> new LongAdder()).increment();
                        continue;
                    }
                    if (count[0] == slot[0].length) {
                        slot[0] = Arrays.copyOf(slot[0], count[0] * 2);
                    }
                    slot[0][count[0]++] = took;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(slot[0], count[0]));
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        long total = all.length + errorCounts.values().stream().mapToLong(Long::longValue).sum();
        return new Result(total, elapsed, all, errorCounts);
    }

    /** Null for a good answer (200 and a PDF), else what went wrong. */
    private static String send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                byte[] head = body.readNBytes(5);
                body.transferTo(java.io.OutputStream.nullOutputStream());
                if (r.statusCode() != 200) {
                    return "HTTP " + r.statusCode();
                }
                return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-") ? null : "not a PDF";
            }
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void awaitReady(HttpService service) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!service.ready() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static byte[] example() {
        try (InputStream in = HttpLoadBench.class.getResourceAsStream("/examples/001-julu-2024.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /examples/001-julu-2024.json");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
