package cn.jixiao.docs.cli;

import cn.jixiao.docs.batch.BatchCounts;
import cn.jixiao.docs.batch.BatchProgress;
import cn.jixiao.docs.problem.Messages;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows a run's progress: on a terminal a bar redrawn in place; in a log (cron, systemd, Kubernetes) a line every
 * few seconds, since a redrawn bar there becomes thousands of lines of carriage returns.
 */
public final class ProgressPrinter implements Consumer<BatchProgress> {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final Supplier<BatchCounts> counts;
    private final Messages messages = Messages.get();

    // Only the progress thread calls accept, then finish runs after it stopped.
    private long lastLineNanos = System.nanoTime();
    private boolean barShown;

    public ProgressPrinter(PrintStream out, boolean terminal, Supplier<BatchCounts> counts) {
        this.out = out;
        this.terminal = terminal;
        this.counts = counts;
    }

    @Override
    public synchronized void accept(BatchProgress p) {
        if (p.total() == 0) {
            return;
        }
        if (terminal) {
            int filled = (int) Math.round(BAR_WIDTH * p.percent() / 100);
            String bar = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
            out.print("\r" + messages.format("cli.batch.progress.bar", bar, p.done(), p.total(), p.percent(),
                    p.inputsPerSecond(), eta(p)) + "   ");
            out.flush();
            barShown = true;
        } else if (System.nanoTime() - lastLineNanos >= LINE_INTERVAL_NANOS && p.done() < p.total()) {
            BatchCounts c = counts.get();
            out.println(messages.format("cli.batch.progress.line", p.done(), p.total(), p.percent(), c.rendered(),
                    c.skipped(), c.failed(), p.inputsPerSecond(), eta(p)));
            lastLineNanos = System.nanoTime();
        }
    }

    /** Ends the bar's line so that what follows starts on its own. */
    public synchronized void finish() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }

    private String eta(BatchProgress p) {
        if (p.etaSeconds() == null) {
            return messages.get("cli.batch.progress.etaUnknown");
        }
        long s = Math.round(p.etaSeconds());
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
