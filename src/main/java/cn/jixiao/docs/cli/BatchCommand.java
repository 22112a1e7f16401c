package cn.jixiao.docs.cli;

import cn.jixiao.docs.batch.BatchCounts;
import cn.jixiao.docs.batch.BatchOptions;
import cn.jixiao.docs.batch.BatchReport;
import cn.jixiao.docs.batch.BatchResult;
import cn.jixiao.docs.batch.BatchRun;
import cn.jixiao.docs.batch.BatchSetupException;
import cn.jixiao.docs.batch.InputFilter;
import cn.jixiao.docs.batch.Shard;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.render.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code batch INPUT_DIR OUTPUT_DIR [--format pdf,docx] [--threads N] [--shard K/N] [--force] [--prune]
 * [--templates DIR] [--fonts FILE]}. Exit 0 when every input succeeded, 1 when any failed, 2 for a usage error
 * (thrown as {@link Args.UsageException}, which the CLI prints with the usage).
 */
public final class BatchCommand {

    /** The terminal summary lists this many failures and orphans; the report has them all. */
    private static final int LISTED = 20;

    private BatchCommand() {}

    public static int run(String[] words, PrintStream out) throws IOException {
        Args args = Args.parse(words, 1, Set.of("format", "threads", "shard", "templates", "fonts", "time-limit",
                "include", "exclude"), Set.of("force", "prune"));
        BatchOptions options = options(args);
        BatchRun run = new BatchRun(Setup.renderer(args), options);
        // The bar only on a terminal: System.console() is null when output goes to a file, a pipe or a journal.
        ProgressPrinter progress = new ProgressPrinter(out, System.console() != null, run::counts);
        BatchResult result;
        try {
            result = run.run(progress);
        } catch (BatchSetupException e) {
            throw new Args.UsageException(e.getMessage());
        } finally {
            progress.finish();
        }
        printSummary(result.report(), result.reportFile(), out);
        out.println(Messages.get().format("cli.batch.review", options.reviewFile(), options.reviewSummaryFile()));
        return result.exitCode();
    }

    /** The options, or a usage error in words the user can act on. Checks the input folder before fonts load. */
    static BatchOptions options(Args args) {
        Messages m = Messages.get();
        if (args.positional().size() != 2) {
            throw new Args.UsageException(m.get("cli.batch.args.count"));
        }
        Path in = Path.of(args.positional().get(0));
        if (!Files.exists(in)) {
            throw new Args.UsageException(m.format("batch.input.notFound", in));
        }
        if (!Files.isDirectory(in)) {
            throw new Args.UsageException(m.format("batch.input.notFolder", in));
        }
        Set<Format> formats;
        try {
            formats = Format.parseList(args.option("format", "pdf,docx"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(m.format("cli.batch.args.format", e.getMessage()));
        }
        String threadsText = args.option("threads", String.valueOf(BatchOptions.defaultThreads()));
        int threads;
        try {
            threads = Integer.parseInt(threadsText.trim());
        } catch (NumberFormatException e) {
            threads = -1;
        }
        if (threads < 1 || threads > BatchOptions.MAX_THREADS) {
            throw new Args.UsageException(m.format("cli.batch.args.threads", BatchOptions.MAX_THREADS, threadsText));
        }
        Shard shard;
        try {
            shard = args.options().containsKey("shard") ? Shard.parse(args.option("shard", "")) : Shard.ALL;
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(m.format("cli.batch.args.shard", args.option("shard", "")));
        }
        int seconds = args.intOption("time-limit", (int) BatchOptions.DEFAULT_TIME_LIMIT.toSeconds());
        if (seconds < 1) {
            throw new Args.UsageException(m.format("cli.batch.args.timeLimit", seconds));
        }
        InputFilter filter;
        try {
            filter = new InputFilter(args.options().get("include"), args.options().get("exclude"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(m.format("cli.batch.args.glob", e.getMessage()));
        }
        return new BatchOptions(in, Path.of(args.positional().get(1)), formats, threads, shard, args.flag("force"),
                args.flag("prune"), Duration.ofSeconds(seconds), filter);
    }

    static void printSummary(BatchReport r, Path reportFile, PrintStream out) {
        Messages m = Messages.get();
        BatchCounts c = r.counts();
        if (r.cancelled()) {
            out.println(m.format("cli.batch.summary.cancelled", c.done(), c.total(), c.rendered(), c.skipped(), c.failed(),
                    r.elapsedSeconds()));
        } else {
            out.println(m.format("cli.batch.summary", c.rendered(), r.files(), c.skipped(), c.failed(), r.elapsedSeconds(),
                    r.documentsPerSecond()));
        }
        if (!r.failures().isEmpty()) {
            out.println(m.format("cli.batch.failures", r.failures().size()));
            for (BatchReport.InputProblems f : r.failures().subList(0, Math.min(LISTED, r.failures().size()))) {
                // The first error says what is wrong; the report has the rest.
                var first = f.problems().stream().filter(p -> p.isError()).findFirst().orElse(f.problems().get(0));
                out.println(m.format("cli.batch.failures.line", f.input(), first.describe(m)));
                if (f.problems().size() > 1) {
                    out.println(m.format("cli.batch.failures.more", f.problems().size() - 1));
                }
            }
            if (r.failures().size() > LISTED) {
                out.println(m.format("cli.batch.failures.rest", r.failures().size() - LISTED));
            }
        }
        if (r.counts().notPlans() > 0) {
            out.println(m.format("cli.batch.notPlans", r.counts().notPlans()));
        }
        if (!r.unwritable().isEmpty()) {
            out.println(m.format("cli.batch.unwritable", r.unwritable().size()));
            for (BatchReport.Unwritable u : r.unwritable()) {
                out.println(m.format("cli.batch.unwritable.line", u.file(), u.reason()));
            }
        }
        if (!r.orphans().isEmpty()) {
            out.println(m.format(r.prune() ? "cli.batch.orphans.pruned" : "cli.batch.orphans", r.orphans().size()));
            List<BatchReport.Orphan> listed = r.orphans().subList(0, Math.min(LISTED, r.orphans().size()));
            for (BatchReport.Orphan o : listed) {
                out.println(m.format("cli.batch.orphans.line", o.input(), String.join("、", o.outputs())));
            }
        }
        if (r.unwritable().stream().anyMatch(u -> u.file().equals(reportFile.toString()))) {
            out.println(m.get("cli.batch.unwritable.noReport"));
        } else {
            out.println(m.format("cli.batch.report", reportFile));
        }
    }
}
