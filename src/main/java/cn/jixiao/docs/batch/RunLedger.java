package cn.jixiao.docs.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What has become of each input so far in a run: the counts progress shows, the manifest entries a checkpoint
 * writes, and the outcomes the report lists. Workers record into it concurrently; readers get consistent snapshots.
 *
 * <p>It starts from the previous manifest, so a checkpoint of a run killed half-way still knows the inputs it had
 * not reached yet, and applies the one late correction a run can make: an input that rendered but then lost its
 * output name to an input sorting before it (see {@link OutputClaims}) becomes a failure.
 */
final class RunLedger {

    private final Map<String, ManifestEntry> previous;
    private final ConcurrentHashMap<String, ManifestEntry> entries;
    private final int total;

    // Guarded by this.
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, String> displacedBy = new HashMap<>();
    private int rendered;
    private int skipped;
    private int failed;
    private int notPlans;
    private long files;

    RunLedger(Manifest previous, int total) {
        this.previous = previous.entries();
        this.entries = new ConcurrentHashMap<>(previous.entries());
        this.total = total;
    }

    synchronized void record(Outcome outcome) {
        if (outcome.displaced() != null) {
            displace(outcome.displaced(), outcome.input());
        }
        String winner = displacedBy.get(outcome.input());
        Outcome o = winner != null && outcome.status() == Outcome.Status.RENDERED ? outcome.lostTo(winner) : outcome;
        outcomes.put(o.input(), o);
        switch (o.status()) {
            case RENDERED -> {
                rendered++;
                files += o.files();
                entries.put(o.input(), o.entry());
            }
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
            case NOT_A_PLAN -> notPlans++;
        }
    }

    /** The loser's outputs were overwritten by the winner's: it is a failure, and its old entry (if any) stands. */
    private void displace(String loser, String winner) {
        displacedBy.put(loser, winner);
        Outcome earlier = outcomes.get(loser);
        if (earlier != null && earlier.status() == Outcome.Status.RENDERED) {
            outcomes.put(loser, earlier.lostTo(winner));
            rendered--;
            failed++;
            files -= earlier.files();
            ManifestEntry old = previous.get(loser);
            if (old == null) {
                entries.remove(loser);
            } else {
                entries.put(loser, old);
            }
        }
    }

    synchronized BatchCounts counts() { return new BatchCounts(total, rendered, skipped, failed, notPlans); }

    /** Documents written (one per input and format). */
    synchronized long files() { return files; }

    /** The manifest as it stands: entries of inputs done in this run, the previous entries of the others. */
    Manifest manifest() { return new Manifest(Manifest.CURRENT_VERSION, entries); }

    /** Entries for inputs that no longer exist are dropped when pruned (or no longer own any output). */
    void removeEntry(String input) { entries.remove(input); }

    Map<String, ManifestEntry> entries() { return Map.copyOf(entries); }

    /** Every outcome so far, in input order. */
    synchronized List<Outcome> outcomes() {
        List<Outcome> list = new ArrayList<>(outcomes.values());
        list.sort(Comparator.comparing(Outcome::input));
        return list;
    }
}
