package cn.jixiao.docs.bench;

import cn.jixiao.docs.batch.BatchCounts;
import cn.jixiao.docs.batch.BatchOptions;
import cn.jixiao.docs.batch.BatchReport;
import cn.jixiao.docs.batch.BatchRun;
import cn.jixiao.docs.batch.BatchSetupException;
import cn.jixiao.docs.cli.Args;
import cn.jixiao.docs.cli.Setup;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Renderer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code bench batch [--count 1000] [--threads N] [--format pdf,docx] [--fixtures DIR] [--work DIR] [--keep]
 * [--baseline]}: generates COUNT inputs from the valid fixtures (departments renamed so that no two share an output
 * name, spread over 20 folders), runs a batch over them into an empty folder, then again unchanged, and prints
 * documents per second, CPU time and heap. Exit 0 when the targets are met (first run ≤ 30 s, heap ≤ 512 MB, second
 * run ≤ 3 s). Run it with the heap the target allows: {@code java -Xmx512m -jar target/jixiao-bench.jar batch}.
 *
 * <p>{@code --baseline} instead renders the same inputs on the same threads straight from memory, writing and
 * hashing nothing: the render engine's own throughput, so that batch overhead is the difference. Run it in its own
 * JVM, since whichever goes second profits from the first's compiled code.
 */
public final class BatchBench {

    private static final double FIRST_RUN_TARGET_SECONDS = 30;
    private static final double SECOND_RUN_TARGET_SECONDS = 3;
    private static final long HEAP_TARGET_BYTES = 512L * 1024 * 1024;
    private static final int FOLDERS = 20;

    private BatchBench() {}

    public static void main(String[] args) { System.exit(run(args, System.out)); }

    public static int run(String[] args, PrintStream out) {
        Args a = Args.parse(args, 0, Set.of("count", "threads", "format", "fixtures", "work", "templates", "fonts"), Set.of("keep", "baseline"));
        int count = a.intOption("count", 1000);
        int threads = a.intOption("threads", BatchOptions.defaultThreads());
        Set<Format> formats = Format.parseList(a.option("format", "pdf,docx"));
        Path fixtures = Path.of(a.option("fixtures", "fixtures"));
        Path work = null;
        try {
            work = a.options().containsKey("work") ? Path.of(a.option("work", "")) : Files.createTempDirectory("batch-bench");
            Path in = work.resolve("in");
            Path outDir = work.resolve("out");
            int generated = generate(fixtures, in, count);
            out.printf("generated %d inputs from %s into %s%n", generated, fixtures, in);

            long t0 = System.nanoTime();
            Renderer renderer = Setup.renderer(a);
            out.printf("renderer ready (fonts, templates) in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            BatchOptions options = BatchOptions.of(in, outDir).withFormats(formats).withThreads(threads);
            out.printf("threads %d, formats %s, cores %d, max heap %d MB%n", threads, formats,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

            if (a.flag("baseline")) {
                out.println(baseline(renderer, in, options).describe("baseline (render only, nothing written)"));
                return 0;
            }
            Measured first = measure(renderer, options);
            out.println(first.describe("first run (empty output folder)"));
            Measured second = measure(renderer, options);
            out.println(second.describe("second run (unchanged)"));

            boolean firstOk = first.counts.rendered() == generated && first.seconds <= FIRST_RUN_TARGET_SECONDS;
            boolean heapOk = first.peakHeapBytes <= HEAP_TARGET_BYTES && second.peakHeapBytes <= HEAP_TARGET_BYTES;
            boolean secondOk = second.counts.skipped() == generated && second.seconds <= SECOND_RUN_TARGET_SECONDS;
            out.printf("targets: first run <= %.0f s %s; peak heap <= %d MB %s; second run <= %.0f s %s%n",
                    FIRST_RUN_TARGET_SECONDS, verdict(firstOk), HEAP_TARGET_BYTES >> 20, verdict(heapOk),
                    SECOND_RUN_TARGET_SECONDS, verdict(secondOk));
            return firstOk && heapOk && secondOk ? 0 : 1;
        } catch (IOException | BatchSetupException e) {
            out.println("bench failed: " + e.getMessage());
            return 2;
        } finally {
            if (work != null && !a.flag("keep") && !a.options().containsKey("work")) {
                deleteTree(work);
            }
        }
    }

    private static String verdict(boolean ok) { return ok ? "PASS" : "FAIL"; }

    /** One run's numbers. Peak heap is sampled, plus the sum of the heap pools' own peaks (an upper bound). */
    private record Measured(BatchCounts counts, long files, double seconds, long peakHeapBytes, long poolPeakBytes,
                            long maxAfterGcBytes, long gcCount, long gcMillis, double cpuSeconds) {

        /**
         * With the CPU time the process got: on a machine shared with other work, a run that got less than its
         * cores' worth was slowed by others, and CPU seconds per input is the number that does not depend on them.
         */
        String describe(String label) {
            int cores = Runtime.getRuntime().availableProcessors();
            return String.format("%s: %d rendered, %d skipped, %d failed, %d documents in %.2f s = %.1f inputs/s, "
                            + "%.1f documents/s; CPU %.1f s (%.0f%% of %d cores, %.1f ms per input); "
                            + "heap: peak %d MB sampled (heap pools' peaks summed: %d MB), at most %d MB left after a GC; "
                            + "GC %d x, %d ms",
                    label, counts.rendered(), counts.skipped(), counts.failed(), files, seconds,
                    counts.done() / seconds, files / seconds, cpuSeconds, 100 * cpuSeconds / (seconds * cores), cores,
                    1000 * cpuSeconds / Math.max(1, counts.done()),
                    peakHeapBytes >> 20, poolPeakBytes >> 20, maxAfterGcBytes >> 20, gcCount, gcMillis);
        }
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static Measured measure(Renderer renderer, BatchOptions options) throws IOException, BatchSetupException {
        Probe probe = Probe.start();
        BatchReport report = new BatchRun(renderer, options).run(null).report();
        return probe.stop(report.counts(), report.files());
    }

    /** The same inputs rendered on the same number of threads, from memory, with nothing written or hashed. */
    private static Measured baseline(Renderer renderer, Path in, BatchOptions options) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<byte[]> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(Files.readAllBytes(f));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong documents = new AtomicLong();
        Probe probe = Probe.start();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            Thread thread = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < inputs.size(); ) {
                    documents.addAndGet(renderer.render(inputs.get(i), options.formats()).documents().size());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        return probe.stop(new BatchCounts(inputs.size(), inputs.size(), 0, 0), documents.get());
    }

    /** Wall time, CPU time, heap and GC over one measured stretch. */
    private static final class Probe {
        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final AtomicLong sampledPeak = new AtomicLong();
        private final AtomicLong maxAfterGc = new AtomicLong();
        private long gcCount0;
        private long gcMillis0;
        private double cpu0;
        private long start;
        private Thread sampler;
        private final List<Runnable> unsubscribe = new ArrayList<>();

        static Probe start() {
            System.gc();
            Probe p = new Probe();
            p.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            p.gcCount0 = gcCount();
            p.gcMillis0 = gcMillis();
            p.listenForGcs();
            p.sampler = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (!Thread.currentThread().isInterrupted()) {
                    p.sampledPeak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            p.sampler.setDaemon(true);
            p.sampler.start();
            p.cpu0 = processCpuSeconds();
            p.start = System.nanoTime();
            return p;
        }

        /** The heap left after each collection: what the run really holds, unlike the peak, which is mostly garbage. */
        private void listenForGcs() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (n, handback) -> {
                        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) n.getUserData());
                            long after = 0;
                            for (MemoryPoolMXBean pool : heapPools) {
                                var usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                                after += usage == null ? 0 : usage.getUsed();
                            }
                            maxAfterGc.accumulateAndGet(after, Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    unsubscribe.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException e) {
                            // already gone
                        }
                    });
                }
            }
        }

        Measured stop(BatchCounts counts, long files) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = processCpuSeconds() - cpu0;
            sampler.interrupt();
            unsubscribe.forEach(Runnable::run);
            long poolPeak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Measured(counts, files, seconds, sampledPeak.get(), poolPeak, maxAfterGc.get(),
                    gcCount() - gcCount0, gcMillis() - gcMillis0, cpu);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /**
     * COUNT inputs, cycling through the valid fixtures; each gets a numbered department name and code, so every
     * input has its own output name, and they are spread over folders as a province's counties would be.
     */
    static int generate(Path fixtures, Path in, int count) throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(fixtures)) {
            seeds = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList();
        }
        if (seeds.isEmpty()) {
            throw new IOException("no fixtures in " + fixtures.toAbsolutePath() + " (run from the project folder or pass --fixtures)");
        }
        return generate(seeds, in, count);
    }

    /** COUNT inputs from the given plans, as above. */
    static int generate(List<Path> seeds, Path in, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> trees = new ArrayList<>();
        for (Path seed : seeds) {
            trees.add((ObjectNode) mapper.readTree(seed.toFile()));
        }
        for (int i = 0; i < count; i++) {
            ObjectNode plan = trees.get(i % trees.size()).deepCopy();
            ObjectNode department = (ObjectNode) plan.get("department");
            String number = String.format("%04d", i);
            department.put("name", department.get("name").asText() + number);
            department.put("code", department.get("code").asText() + number);
            Path file = in.resolve(String.format("county-%02d/%s-%s", i % FOLDERS, number, seeds.get(i % seeds.size()).getFileName()));
            Files.createDirectories(file.getParent());
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), plan);
        }
        return count;
    }

    static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temp folder left behind is harmless.
        }
    }
}
