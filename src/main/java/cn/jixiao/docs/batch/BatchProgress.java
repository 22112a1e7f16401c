package cn.jixiao.docs.batch;

/**
 * How far a run is: {@code done} of {@code total} inputs, its rate in inputs finished per second and the
 * estimated seconds left (null until there is a rate to estimate from).
 */
public record BatchProgress(int done, int total, double percent, double elapsedSeconds, double inputsPerSecond,
                            Double etaSeconds) {

    public static final BatchProgress NONE = new BatchProgress(0, 0, 0, 0, 0, null);

    public static BatchProgress of(BatchCounts counts, double elapsedSeconds) {
        int done = counts.done();
        int total = counts.total();
        double percent = total == 0 ? 100 : Math.floor(1000.0 * done / total) / 10;
        double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
        Double eta = null;
        if (done >= total) {
            eta = 0.0;
        } else if (rate > 0) {
            eta = (total - done) / rate;
        }
        return new BatchProgress(done, total, percent, round(elapsedSeconds), round(rate), eta == null ? null : round(eta));
    }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
