package cn.jixiao.docs.batch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the manifest during a run so that a killed run keeps most of its progress: often enough that little is
 * lost (every couple of seconds), rarely enough that a huge manifest does not eat the run (never more than about
 * 5 % of the time goes to writing it).
 */
final class Checkpointer {

    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;

    private final Path file;
    private final RunLedger ledger;

    // Guarded by this.
    private long lastSaveNanos = System.nanoTime();
    private long lastCostNanos;
    private int savedDone = -1;

    Checkpointer(Path file, RunLedger ledger) {
        this.file = file;
        this.ledger = ledger;
    }

    /** Saves if something finished since the last save and enough time has passed. */
    synchronized void maybeSave() throws IOException {
        long now = System.nanoTime();
        if (ledger.counts().done() != savedDone && now - lastSaveNanos >= Math.max(MIN_INTERVAL_NANOS, 20 * lastCostNanos)) {
            save();
        }
    }

    synchronized void save() throws IOException {
        long start = System.nanoTime();
        int done = ledger.counts().done();
        ManifestStore.write(file, ledger.manifest());
        savedDone = done;
        lastSaveNanos = System.nanoTime();
        lastCostNanos = lastSaveNanos - start;
    }
}
