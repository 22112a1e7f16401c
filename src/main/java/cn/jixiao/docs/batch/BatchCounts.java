package cn.jixiao.docs.batch;

/**
 * How many inputs a run has: in all, rendered, skipped as up to date, failed, and skipped as not plans at all (other
 * JSON in the folder).
 */
public record BatchCounts(int total, int rendered, int skipped, int failed, int notPlans) {

    public static final BatchCounts NONE = new BatchCounts(0, 0, 0, 0, 0);

    /** A run in which every input is a plan. */
    public BatchCounts(int total, int rendered, int skipped, int failed) { this(total, rendered, skipped, failed, 0); }

    /** Inputs finished one way or another (not a getter, so JSON does not repeat it). */
    public int done() { return rendered + skipped + failed + notPlans; }
}
