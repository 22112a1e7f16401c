package cn.jixiao.docs.batch;

/** How many inputs a run has: in all, rendered, skipped as up to date, and failed. */
public record BatchCounts(int total, int rendered, int skipped, int failed) {

    public static final BatchCounts NONE = new BatchCounts(0, 0, 0, 0);

    /** Inputs finished one way or another (not a getter, so JSON does not repeat it). */
    public int done() { return rendered + skipped + failed; }
}
