package cn.jixiao.docs.batch;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.render.AtomicFiles;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.util.Threads;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One batch: every *.json under INPUT_DIR (of this shard) rendered into OUTPUT_DIR, skipping inputs whose outputs
 * are up to date. Runs once; make a new one for the next batch. {@link #progress()} and {@link #cancel()} may be
 * called from any thread while {@link #run} is going.
 *
 * <p>Order of work, and why: lock the output folder (one run per manifest), clear a killed run's temporary files,
 * read the manifest, list the inputs, then render on {@code threads} threads and write on two more (so that cores
 * do not idle while files are flushed to disk) with at most twice {@code threads} inputs in flight (memory stays
 * flat however many inputs there are), saving the manifest every few seconds, and at the end the manifest and the
 * report, and the review's CSV files (review.csv, review-summary.csv).
 */
public final class BatchRun implements BatchJob {

    private static final long TICK_MILLIS = 500;
    /** Writing is mostly waiting for fsync; two threads keep up with many renderers. */
    private static final int WRITER_THREADS = 2;
    /** A shard leaves younger temporary files alone: they may be another shard's writes in progress. */
    private static final Duration SHARD_TEMP_FILE_AGE = Duration.ofMinutes(15);

    private final Renderer renderer;
    private final BatchOptions options;
    private final Clock clock;

    private volatile boolean cancelled;
    /** Null until the inputs are listed. */
    private volatile RunLedger ledger;
    private volatile long startNanos;
    private volatile double finalElapsedSeconds = -1;

    public BatchRun(Renderer renderer, BatchOptions options) { this(renderer, options, Clock.systemDefaultZone()); }

    public BatchRun(Renderer renderer, BatchOptions options, Clock clock) {
        this.renderer = renderer;
        this.options = options;
        this.clock = clock;
    }

    public BatchOptions options() { return options; }

    @Override
    public void cancel() { cancelled = true; }

    @Override
    public BatchCounts counts() {
        RunLedger l = ledger;
        return l == null ? BatchCounts.NONE : l.counts();
    }

    @Override
    public BatchProgress progress() {
        RunLedger l = ledger;
        return l == null ? BatchProgress.NONE : BatchProgress.of(l.counts(), elapsedSeconds());
    }

    private double elapsedSeconds() {
        double done = finalElapsedSeconds;
        return done >= 0 ? done : startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public BatchResult run(Consumer<BatchProgress> listener) throws BatchSetupException, IOException {
        if (startNanos != 0) {
            throw new IllegalStateException("a BatchRun runs once");
        }
        startNanos = System.nanoTime();
        Instant started = clock.instant();
        Messages m = Messages.get();
        Folders folders = prepareFolders(m);
        Path in = folders.in();
        Path out = folders.out();
        try (OutputDirLock lock = OutputDirLock.tryAcquire(out, options.shard())) {
            if (lock == null) {
                throw new BatchSetupException(m.format("batch.output.busy", out));
            }
            StaleTempFiles.remove(out, options.shard().isAll() ? Duration.ZERO : SHARD_TEMP_FILE_AGE);
            Manifest previous = ManifestStore.read(options.manifestFile());
            RunKey key = new RunKey(renderer.templates().fingerprint(), renderer.fonts().fingerprint(), ProgramVersion.current());

            InputScanner.Scan scan;
            try {
                scan = InputScanner.scan(in, out.startsWith(in) ? out : null);
            } catch (IOException e) {
                throw new BatchSetupException(m.format("batch.input.unreadable", in, e.getMessage()));
            }
            List<InputFile> inputs = scan.inputs().stream()
                    .filter(i -> options.shard().contains(i.key()) && options.filter().accepts(i.key())).toList();
            Map<String, Problem> unreadableFolders = new TreeMap<>();
            scan.unreadableFolders().forEach((k, p) -> {
                if (options.shard().contains(k)) {
                    unreadableFolders.put(k, p);
                }
            });

            RunLedger l = new RunLedger(previous, inputs.size() + unreadableFolders.size());
            ledger = l;
            unreadableFolders.forEach((k, p) -> l.record(Outcome.failed(k, List.of(p))));
            Set<String> live = new HashSet<>();
            inputs.forEach(i -> live.add(i.key()));
            OutputClaims claims = reserveOutputs(previous, live);
            Checkpointer checkpoints = new Checkpointer(options.manifestFile(), l);

            ReviewSheet reviews = new ReviewSheet(Reviewer.standard(), renderer.deployment());
            Queue<BatchReport.Unwritable> unwritable = new ConcurrentLinkedQueue<>();
            InputProcessor processor = new InputProcessor(renderer, options, key, claims, reviews, unwritable);
            renderAll(inputs, previous, processor, checkpoints, listener);
            // Each of the run's own files is tried even when one before it failed: on a full disk the report, the
            // smallest, may still fit, and it is what tells the operator which files are missing.
            attempt(unwritable, options.reviewFile(), () -> reviews.write(options.reviewFile(), options.reviewSummaryFile()));

            List<BatchReport.Orphan> orphans = orphans(l, live, unreadableFolders.keySet(), claims, out);
            attempt(unwritable, options.manifestFile(), checkpoints::save);
            finalElapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            BatchReport written = report(started, l, orphans, List.copyOf(unwritable));
            attempt(unwritable, options.reportFile(),
                    () -> AtomicFiles.write(options.reportFile(), BatchJson.MAPPER.writeValueAsBytes(written)));
            // When the report itself could not be written, the summary on the terminal is all there is, and says so.
            BatchReport report = unwritable.size() > written.unwritable().size()
                    ? report(started, l, orphans, List.copyOf(unwritable)) : written;
            if (listener != null) {
                listener.accept(progress());
            }
            return new BatchResult(report, options.reportFile(), options.manifestFile());
        } finally {
            if (finalElapsedSeconds < 0) {
                finalElapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            }
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void attempt(Queue<BatchReport.Unwritable> unwritable, Path file, Write write) {
        try {
            write.run();
        } catch (IOException e) {
            unwritable.add(new BatchReport.Unwritable(file.toString(), AtomicFiles.reason(e)));
        }
    }

    /** The input and output folders as real paths, so that "is one inside the other" is reliable. */
    private record Folders(Path in, Path out) {}

    /** Checks the folders and creates the output folder. */
    private Folders prepareFolders(Messages m) throws BatchSetupException {
        Path in = options.inputDir();
        Path out = options.outputDir();
        if (!Files.exists(in)) {
            throw new BatchSetupException(m.format("batch.input.notFound", in));
        }
        if (!Files.isDirectory(in)) {
            throw new BatchSetupException(m.format("batch.input.notFolder", in));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BatchSetupException(m.format("batch.output.notFolder", out));
        }
        try {
            Files.createDirectories(out);
            in = in.toRealPath();
            out = out.toRealPath();
        } catch (IOException e) {
            throw new BatchSetupException(m.format("batch.output.cannotCreate", out, e.getMessage()));
        }
        if (in.equals(out)) {
            throw new BatchSetupException(m.format("batch.output.sameAsInput", out));
        }
        return new Folders(in, out);
    }

    /** Output names stay with the inputs that wrote them last time (in input order, should two entries share one). */
    private static OutputClaims reserveOutputs(Manifest previous, Set<String> live) {
        OutputClaims claims = new OutputClaims();
        previous.entries().forEach((input, entry) -> {
            if (live.contains(input)) {
                entry.outputs().values().forEach(o -> claims.reserve(o.stem(), input));
            }
        });
        return claims;
    }

    private void renderAll(List<InputFile> inputs, Manifest previous, InputProcessor processor, Checkpointer checkpoints,
                           Consumer<BatchProgress> listener) {
        int threads = options.threads();
        ExecutorService renderers = Executors.newFixedThreadPool(threads, Threads.daemons("batch-render-"));
        ExecutorService writers = Executors.newFixedThreadPool(WRITER_THREADS, Threads.daemons("batch-write-"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Threads.daemons("batch-progress-"));
        // An input holds memory (its bytes, then its documents) from the moment it is handed to a renderer until
        // its documents are on disk; the permits bound how many do, so memory stays flat whatever the input count.
        Semaphore inFlight = new Semaphore(threads * 2);
        ticker.scheduleWithFixedDelay(() -> tick(listener, checkpoints), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        boolean interrupted = false;
        try {
            for (InputFile input : inputs) {
                if (cancelled) {
                    break;
                }
                try {
                    inFlight.acquire();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled = true;
                    break;
                }
                ManifestEntry before = previous.entries().get(input.key());
                renderers.execute(() -> {
                    boolean handedOver = false;
                    try {
                        InputProcessor.Step step = processor.render(input, before);
                        if (step instanceof InputProcessor.ToWrite w) {
                            writers.execute(() -> {
                                try {
                                    ledger.record(processor.write(w));
                                } catch (Throwable t) {
                                    ledger.record(Outcome.failed(input.key(), "batch.problem.internal", t.toString()));
                                } finally {
                                    inFlight.release();
                                }
                            });
                            handedOver = true;
                        } else {
                            ledger.record(((InputProcessor.Done) step).outcome());
                        }
                    } catch (Throwable t) {
                        // Whatever one input does (even exhaust the heap), the batch goes on and counts it.
                        ledger.record(Outcome.failed(input.key(), "batch.problem.internal", t.toString()));
                    } finally {
                        if (!handedOver) {
                            inFlight.release();
                        }
                    }
                });
            }
        } finally {
            // Renderers first: until they are done they may still hand documents to the writers.
            interrupted |= awaitAll(renderers);
            interrupted |= awaitAll(writers);
            interrupted |= awaitAll(ticker);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void tick(Consumer<BatchProgress> listener, Checkpointer checkpoints) {
        try {
            if (listener != null) {
                listener.accept(progress());
            }
            checkpoints.maybeSave();
        } catch (IOException | RuntimeException e) {
            // A failed checkpoint costs only progress a kill would lose; the final save reports real trouble.
        }
    }

    /** Lets what was started finish: the manifest written after it must include it. True if interrupted meanwhile. */
    private boolean awaitAll(ExecutorService executor) {
        executor.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancelled = true;
            }
        }
    }

    /**
     * Manifest entries whose input is gone (this shard's, not under a folder that could not be read this time).
     * Their outputs are reported, and deleted with --prune; outputs another input now writes are neither.
     */
    private List<BatchReport.Orphan> orphans(RunLedger l, Set<String> live, Set<String> unreadableFolders,
                                             OutputClaims claims, Path out) {
        List<BatchReport.Orphan> orphans = new ArrayList<>();
        for (Map.Entry<String, ManifestEntry> e : new TreeMap<>(l.entries()).entrySet()) {
            String input = e.getKey();
            if (live.contains(input) || !options.shard().contains(input)
                    || unreadableFolders.stream().anyMatch(input::startsWith)) {
                continue;
            }
            List<OutputFile> outputs = e.getValue().outputs().values().stream()
                    .filter(o -> claims.owner(o.stem()) == null).toList();
            if (outputs.isEmpty()) {
                l.removeEntry(input);
                continue;
            }
            if (options.prune()) {
                for (OutputFile o : outputs) {
                    Path p = OutputPaths.resolve(out, o.path());
                    InputProcessor.deleteQuietly(p);
                    removeEmptyFolders(p, out);
                }
                l.removeEntry(input);
            }
            orphans.add(new BatchReport.Orphan(input, outputs.stream().map(OutputFile::path).toList(), options.prune()));
        }
        return orphans;
    }

    private static void removeEmptyFolders(Path file, Path out) {
        for (Path dir = file == null ? null : file.getParent(); dir != null && dir.startsWith(out) && !dir.equals(out);
             dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    private BatchReport report(Instant started, RunLedger l, List<BatchReport.Orphan> orphans,
                               List<BatchReport.Unwritable> unwritable) {
        List<BatchReport.InputProblems> failures = new ArrayList<>();
        List<BatchReport.InputProblems> warnings = new ArrayList<>();
        List<BatchReport.InputProblems> notPlans = new ArrayList<>();
        for (Outcome o : l.outcomes()) {
            if (o.status() == Outcome.Status.FAILED) {
                failures.add(new BatchReport.InputProblems(o.input(), o.problems()));
            } else if (o.status() == Outcome.Status.NOT_A_PLAN) {
                notPlans.add(new BatchReport.InputProblems(o.input(), o.problems()));
            } else if (!o.problems().isEmpty()) {
                warnings.add(new BatchReport.InputProblems(o.input(), o.problems()));
            }
        }
        BatchCounts counts = l.counts();
        double elapsed = finalElapsedSeconds;
        return new BatchReport(ProgramVersion.current(), IsoTime.format(started, clock.getZone()),
                IsoTime.format(clock.instant(), clock.getZone()), Math.round(elapsed * 100) / 100.0,
                options.inputDir().toString(), options.outputDir().toString(), options.shard().toString(),
                options.formats().stream().map(f -> f.extension).toList(), options.force(), options.prune(), cancelled,
                counts, l.files(), elapsed > 0 ? Math.round(10 * counts.rendered() / elapsed) / 10.0 : 0,
                failures, warnings, orphans, notPlans, unwritable);
    }
}
