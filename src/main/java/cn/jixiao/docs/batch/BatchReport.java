package cn.jixiao.docs.batch;

import cn.jixiao.docs.problem.Problem;
import java.util.List;

/**
 * OUTPUT_DIR/report.json: how a run went, every failed input with its problems, the warnings of every input
 * (including skipped ones, from the manifest, so the list does not depend on what happened to need rendering), and
 * the outputs whose input has disappeared. Timestamps are ISO-8601 with offset.
 */
public record BatchReport(String program, String started, String finished, double elapsedSeconds, String inputDir,
                          String outputDir, String shard, List<String> formats, boolean force, boolean prune,
                          boolean cancelled, BatchCounts counts, long files, double documentsPerSecond,
                          List<InputProblems> failures, List<InputProblems> warnings, List<Orphan> orphans,
                          List<InputProblems> notPlans, List<Unwritable> unwritable) {

    /**
     * A file the run could not write (a document, the manifest, the review files, this report): which, and why
     * (「No space left on device」). Any of them makes the exit code 4.
     */
    public record Unwritable(String file, String reason) {}

    /** One input (path relative to INPUT_DIR) and its problems. */
    public record InputProblems(String input, List<Problem> problems) {}

    /** Outputs of an input that no longer exists; {@code pruned} when this run deleted them. */
    public record Orphan(String input, List<String> outputs, boolean pruned) {}
}
