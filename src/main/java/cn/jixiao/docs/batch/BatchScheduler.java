package cn.jixiao.docs.batch;

import cn.jixiao.docs.batch.BatchStatus.State;
import cn.jixiao.docs.batch.BatchStatus.Trigger;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.util.Threads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs batches inside the service: one now on request ({@code POST /api/batch}), one every day at HH:MM local time
 * ({@code serve --nightly HH:MM}), never two at once; reports the running or last run ({@code GET /api/batch}).
 * Thread-safe. Close it when the service stops: the schedule ends and a running batch stops after the inputs in
 * hand, with its manifest saved, so the next run picks up where it stopped.
 *
 * <p>The daily trigger is re-armed after every firing rather than repeated at a fixed rate, since a day is not always
 * 24 hours (DST) and the wall clock may be corrected while the service runs.
 */
public final class BatchScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchScheduler.class);
    /** A trigger that fires earlier than this before its time (the wall clock was set back) waits again. */
    private static final Duration EARLY_TOLERANCE = Duration.ofMinutes(1);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    /** {@code started} false: a run was already going, and {@code status} is that run's. */
    public record StartResult(boolean started, BatchStatus status) {}

    private final Supplier<? extends BatchJob> jobs;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Threads.daemons("batch-schedule-"));
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Threads.daemons("batch-runner-"));

    private final Object lock = new Object();
    // Guarded by lock.
    private Run current;
    private long runs;
    private LocalTime dailyAt;
    private ZonedDateTime nextDue;
    private ScheduledFuture<?> nextTrigger;
    private boolean closed;

    /** Each run renders {@code options} with {@code renderer}; times are local to the system zone. */
    public BatchScheduler(Renderer renderer, BatchOptions options) {
        this(() -> new BatchRun(renderer, options), Clock.systemDefaultZone());
    }

    /** {@code jobs} makes a fresh job per run; {@code clock} gives "now" and the zone HH:MM is read in. */
    public BatchScheduler(Supplier<? extends BatchJob> jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Starts a run now, unless one is running: then nothing starts and the running one is returned. */
    public StartResult startNow() { return start(Trigger.MANUAL); }

    /** The running run, else the last one, else an idle status. */
    public BatchStatus status() {
        synchronized (lock) {
            String next = nextDue == null ? null : IsoTime.format(nextDue.toInstant(), clock.getZone());
            if (current == null) {
                return new BatchStatus(0, State.IDLE, null, null, null, BatchCounts.NONE, BatchProgress.NONE, null, null, next);
            }
            return current.status(next);
        }
    }

    /** Runs every day at {@code at} (local time of the clock's zone), replacing any earlier schedule. */
    public void scheduleDaily(LocalTime at) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("scheduler closed");
            }
            cancelTrigger();
            dailyAt = at;
            arm(ZonedDateTime.now(clock));
            LOG.info("nightly batch scheduled at {}, next {}", at, nextDue);
        }
    }

    /** Ends the daily schedule; a run in progress carries on. */
    public void stopSchedule() {
        synchronized (lock) {
            cancelTrigger();
            dailyAt = null;
        }
    }

    /** When the daily run is next due, if one is scheduled. */
    public Optional<ZonedDateTime> nextScheduled() {
        synchronized (lock) {
            return Optional.ofNullable(nextDue);
        }
    }

    /** Asks the running batch, if any, to stop; true if there was one. */
    public boolean cancel() {
        synchronized (lock) {
            if (current != null && current.state.running()) {
                current.cancel();
                return true;
            }
            return false;
        }
    }

    /** Stops the schedule, stops a running batch after its inputs in hand (waiting up to a minute), frees the threads. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            stopSchedule();
            cancel();
        }
        timer.shutdownNow();
        Threads.shutdown(runner, CLOSE_WAIT);
    }

    private StartResult start(Trigger trigger) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("scheduler closed");
            }
            if (current != null && current.state.running()) {
                return new StartResult(false, status());
            }
            Run run = new Run(++runs, trigger, clock.instant());
            current = run;
            runner.execute(run::execute);
            return new StartResult(true, status());
        }
    }

    /** Lock held. Schedules the first run strictly after {@code after}. */
    private void arm(ZonedDateTime after) {
        ZonedDateTime due = DailySchedule.nextAfter(after, dailyAt);
        nextDue = due;
        long delay = Math.max(0, Duration.between(clock.instant(), due.toInstant()).toMillis());
        nextTrigger = timer.schedule(() -> fire(due), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(ZonedDateTime due) {
        synchronized (lock) {
            if (closed || dailyAt == null || !due.equals(nextDue)) {
                return; // rescheduled or stopped since this was armed
            }
            ZonedDateTime now = ZonedDateTime.now(clock);
            if (now.toInstant().isBefore(due.toInstant().minus(EARLY_TOLERANCE))) {
                arm(now);
                return;
            }
            StartResult r = start(Trigger.SCHEDULED);
            if (!r.started()) {
                LOG.warn("nightly batch due at {} not started: run {} is still going", due, r.status().run());
            }
            // From the due time, not from now: a trigger a moment early must not make today's run come round again.
            arm(now.isAfter(due) ? now : due);
        }
    }

    /** Lock held. */
    private void cancelTrigger() {
        if (nextTrigger != null) {
            nextTrigger.cancel(false);
            nextTrigger = null;
        }
        nextDue = null;
    }

    /** One run: its job and, once over, how it went. Fields written by the runner thread, read by status(). */
    private final class Run {
        final long id;
        final Trigger trigger;
        final Instant started;
        volatile BatchJob job;
        volatile State state = State.RUNNING;
        volatile Instant finished;
        volatile BatchResult result;
        volatile String error;
        /** Set when cancelled before the runner thread made the job. */
        volatile boolean cancelRequested;

        Run(long id, Trigger trigger, Instant started) {
            this.id = id;
            this.trigger = trigger;
            this.started = started;
            this.job = NOT_STARTED;
        }

        void execute() {
            State end;
            try {
                job = jobs.get();
                if (cancelRequested) {
                    job.cancel();
                }
                BatchResult r = job.run(null);
                result = r;
                end = r.report().cancelled() ? State.CANCELLED : r.exitCode() == 0 ? State.SUCCEEDED : State.COMPLETED_WITH_FAILURES;
                LOG.info("batch run {} {}: {}", id, end.json(), r.report().counts());
            } catch (BatchSetupException e) {
                error = e.getMessage();
                end = State.ERROR;
                LOG.warn("batch run {} could not start: {}", id, e.getMessage());
            } catch (Exception | Error e) {
                error = e.toString();
                end = State.ERROR;
                LOG.error("batch run {} failed", id, e);
            }
            finished = clock.instant();
            state = end; // last: whoever sees the run over also sees its result
        }

        void cancel() {
            cancelRequested = true;
            job.cancel();
        }

        BatchStatus status(String next) {
            BatchResult r = result;
            State s = state;
            BatchJob j = job;
            return new BatchStatus(id, s, trigger, IsoTime.format(started, clock.getZone()),
                    IsoTime.format(finished, clock.getZone()), r != null ? r.report().counts() : j.counts(),
                    j.progress(), r != null ? r.reportFile().toString() : null, error, next);
        }
    }

    /** Stands in until the runner thread has made the run's job. */
    private static final BatchJob NOT_STARTED = new BatchJob() {
        @Override
        public BatchResult run(java.util.function.Consumer<BatchProgress> listener) { throw new IllegalStateException(); }

        @Override
        public BatchCounts counts() { return BatchCounts.NONE; }

        @Override
        public BatchProgress progress() { return BatchProgress.NONE; }

        @Override
        public void cancel() {}
    };
}
