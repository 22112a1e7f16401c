package cn.jixiao.docs.batch;

import cn.jixiao.docs.render.Format;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What one batch run does; the renderer (templates, fonts) is passed separately. */
public record BatchOptions(Path inputDir, Path outputDir, Set<Format> formats, int threads, Shard shard,
                           boolean force, boolean prune, Duration timeLimit, InputFilter filter) {

    /**
     * One input's render, at most: the largest plan the contract allows renders in well under a minute on one core,
     * so an input still rendering after this is stuck, and gives way to the rest.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);

    /** More threads than this only adds memory: rendering is CPU-bound. */
    public static final int MAX_THREADS = 256;

    public BatchOptions {
        inputDir = inputDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads " + threads);
        }
        if (shard == null) {
            shard = Shard.ALL;
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit " + timeLimit);
        }
        if (filter == null) {
            filter = InputFilter.ALL;
        }
    }

    /** Both formats, one thread per core, no shard, incremental, no pruning. */
    public static BatchOptions of(Path inputDir, Path outputDir) {
        return new BatchOptions(inputDir, outputDir, EnumSet.allOf(Format.class), defaultThreads(), Shard.ALL,
                false, false, DEFAULT_TIME_LIMIT, InputFilter.ALL);
    }

    public static int defaultThreads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    public BatchOptions withFormats(Set<Format> f) {
        return new BatchOptions(inputDir, outputDir, f, threads, shard, force, prune, timeLimit, filter);
    }

    public BatchOptions withThreads(int n) {
        return new BatchOptions(inputDir, outputDir, formats, n, shard, force, prune, timeLimit, filter);
    }

    public BatchOptions withShard(Shard s) {
        return new BatchOptions(inputDir, outputDir, formats, threads, s, force, prune, timeLimit, filter);
    }

    public BatchOptions withForce(boolean f) {
        return new BatchOptions(inputDir, outputDir, formats, threads, shard, f, prune, timeLimit, filter);
    }

    public BatchOptions withPrune(boolean p) {
        return new BatchOptions(inputDir, outputDir, formats, threads, shard, force, p, timeLimit, filter);
    }

    public BatchOptions withTimeLimit(Duration d) {
        return new BatchOptions(inputDir, outputDir, formats, threads, shard, force, prune, d, filter);
    }

    public BatchOptions withFilter(InputFilter f) {
        return new BatchOptions(inputDir, outputDir, formats, threads, shard, force, prune, timeLimit, f);
    }

    /** OUTPUT_DIR/manifest.json, or manifest-K-of-N.json for a shard. */
    public Path manifestFile() { return outputDir.resolve("manifest" + shard.fileSuffix() + ".json"); }

    /** OUTPUT_DIR/report.json, or report-K-of-N.json for a shard. */
    public Path reportFile() { return outputDir.resolve("report" + shard.fileSuffix() + ".json"); }

    /** OUTPUT_DIR/review.csv (a row a review finding), or review-K-of-N.csv for a shard. */
    public Path reviewFile() { return outputDir.resolve("review" + shard.fileSuffix() + ".csv"); }

    /** OUTPUT_DIR/review-summary.csv (a row a plan, with its score), or review-summary-K-of-N.csv for a shard. */
    public Path reviewSummaryFile() { return outputDir.resolve("review-summary" + shard.fileSuffix() + ".csv"); }
}
