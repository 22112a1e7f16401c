package cn.jixiao.docs.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The running or last batch, as {@code GET /api/batch} shows it. Plain JSON with Jackson's defaults: timestamps are
 * ISO-8601 strings, states lower-case words. {@code run} numbers the runs since the service started (0: none yet);
 * {@code report} is the report file's path once written; {@code error} says why a run could not start or broke off;
 * {@code nextScheduled} is when the nightly run is next due (null when none is scheduled).
 */
public record BatchStatus(long run, State state, Trigger trigger, String started, String finished, BatchCounts counts,
                          BatchProgress progress, String report, String error, String nextScheduled) {

    public enum State {
        /** No run yet. */
        IDLE,
        RUNNING,
        /** Every input rendered or up to date. */
        SUCCEEDED,
        /** Finished, but some inputs failed: see the report. */
        COMPLETED_WITH_FAILURES,
        /** Stopped before the end (the service shutting down); the next run picks up where it stopped. */
        CANCELLED,
        /** Could not start (a folder missing, another run on the output folder) or broke off on an I/O error. */
        ERROR;

        @JsonValue
        public String json() { return name().toLowerCase(Locale.ROOT); }

        public boolean running() { return this == RUNNING; }
    }

    public enum Trigger {
        MANUAL, SCHEDULED;

        @JsonValue
        public String json() { return name().toLowerCase(Locale.ROOT); }
    }
}
