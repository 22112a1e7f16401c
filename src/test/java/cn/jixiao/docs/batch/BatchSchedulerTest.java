package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.batch.BatchStatus.State;
import cn.jixiao.docs.render.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSchedulerTest {

    @TempDir
    Path tmp;

    private BatchScheduler scheduler;

    @AfterEach
    void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    /** A job that runs until released (or cancelled), then ends with {@code failed} failures. */
    static class HeldJob implements BatchJob {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final int failed;
        volatile boolean cancelled;

        HeldJob(int failed) { this.failed = failed; }

        @Override
        public BatchResult run(Consumer<BatchProgress> listener) throws BatchSetupException {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            BatchCounts counts = new BatchCounts(10, 10 - failed, 0, failed);
            BatchReport report = new BatchReport("dev", null, null, 1, "in", "out", "0/1", List.of("pdf"), false, false,
                    cancelled, counts, 10, 10, List.of(), List.of(), List.of(), List.of(), List.of());
            return new BatchResult(report, Path.of("out/report.json"), Path.of("out/manifest.json"));
        }

        @Override
        public BatchCounts counts() { return new BatchCounts(10, 3, 1, 0); }

        @Override
        public BatchProgress progress() { return BatchProgress.of(counts(), 2); }

        @Override
        public void cancel() {
            cancelled = true;
            release.countDown();
        }
    }

    @Test
    void onlyOneRunAtATimeAndTheStatusFollowsIt() throws Exception {
        List<HeldJob> jobs = List.of(new HeldJob(0), new HeldJob(2));
        AtomicInteger made = new AtomicInteger();
        scheduler = new BatchScheduler(() -> jobs.get(made.getAndIncrement()), Clock.systemDefaultZone());
        assertEquals(State.IDLE, scheduler.status().state());

        BatchScheduler.StartResult first = scheduler.startNow();
        assertTrue(first.started());
        assertEquals(1, first.status().run());
        assertTrue(jobs.get(0).started.await(10, TimeUnit.SECONDS));

        BatchScheduler.StartResult refused = scheduler.startNow();
        assertFalse(refused.started());
        assertEquals(1, refused.status().run());
        assertEquals(State.RUNNING, refused.status().state());
        assertEquals(4, refused.status().progress().done());
        assertEquals(1, made.get(), "no second job was even made");

        jobs.get(0).release.countDown();
        waitFor(() -> scheduler.status().state() == State.SUCCEEDED);
        BatchStatus done = scheduler.status();
        assertEquals(new BatchCounts(10, 10, 0, 0), done.counts());
        assertEquals(Path.of("out/report.json").toString(), done.report());
        assertNotNull(done.finished());

        BatchScheduler.StartResult second = scheduler.startNow();
        assertTrue(second.started());
        assertEquals(2, second.status().run());
        jobs.get(1).release.countDown();
        waitFor(() -> scheduler.status().state() == State.COMPLETED_WITH_FAILURES);
    }

    @Test
    void statusSerialisesToPlainJson() throws Exception {
        HeldJob job = new HeldJob(0);
        scheduler = new BatchScheduler(() -> job, Clock.system(ZoneId.of("Asia/Shanghai")));
        scheduler.startNow();
        job.release.countDown();
        waitFor(() -> scheduler.status().state() == State.SUCCEEDED);

        JsonNode json = new ObjectMapper().valueToTree(scheduler.status()); // a plain mapper, as the service may use
        assertEquals(1, json.get("run").asInt());
        assertEquals("succeeded", json.get("state").asText());
        assertEquals("manual", json.get("trigger").asText());
        assertTrue(json.get("started").asText().endsWith("+08:00"), json.toString());
        assertEquals(10, json.at("/counts/rendered").asInt());
        assertEquals(10, json.at("/progress/total").asInt());
        assertTrue(json.get("error").isNull());
        assertTrue(json.get("nextScheduled").isNull());
        assertEquals("idle", new ObjectMapper().valueToTree(
                new BatchScheduler(() -> job, Clock.systemDefaultZone()).status()).get("state").asText());
    }

    @Test
    void aRunThatCannotStartIsAnErrorWithItsReason() throws Exception {
        BatchJob broken = new HeldJob(0) {
            @Override
            public BatchResult run(Consumer<BatchProgress> listener) throws BatchSetupException {
                throw new BatchSetupException("输入文件夹不存在：/nope");
            }
        };
        scheduler = new BatchScheduler(() -> broken, Clock.systemDefaultZone());
        scheduler.startNow();
        waitFor(() -> scheduler.status().state() == State.ERROR);
        assertEquals("输入文件夹不存在：/nope", scheduler.status().error());
        assertTrue(scheduler.startNow().started(), "an error does not block the next run");
    }

    @Test
    void runsDailyAtTheGivenTime() throws Exception {
        HeldJob job = new HeldJob(0);
        job.release.countDown();
        AtomicInteger made = new AtomicInteger();
        scheduler = new BatchScheduler(() -> {
            made.incrementAndGet();
            return job;
        }, Clock.systemDefaultZone());
        // One to two seconds ahead: "the next whole second" can already be past when the scheduler reads the clock.
        LocalTime soon = LocalTime.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        scheduler.scheduleDaily(soon);
        ZonedDateTime due = scheduler.nextScheduled().orElseThrow();
        assertTrue(Duration.between(ZonedDateTime.now(), due).toMillis() <= 2500, due.toString());
        assertEquals(due.toOffsetDateTime().toString(), scheduler.status().nextScheduled());

        waitFor(() -> scheduler.status().state() == State.SUCCEEDED);
        assertEquals(BatchStatus.Trigger.SCHEDULED, scheduler.status().trigger());
        assertEquals(1, made.get());
        ZonedDateTime next = scheduler.nextScheduled().orElseThrow();
        assertEquals(due.plusDays(1).toLocalDateTime(), next.toLocalDateTime(), "again tomorrow, same time");

        scheduler.stopSchedule();
        assertTrue(scheduler.nextScheduled().isEmpty());
        assertNull(scheduler.status().nextScheduled());
    }

    @Test
    void aScheduledRunWhileOneIsGoingIsSkippedNotQueued() throws Exception {
        HeldJob running = new HeldJob(0);
        AtomicInteger made = new AtomicInteger();
        scheduler = new BatchScheduler(() -> {
            made.incrementAndGet();
            return running;
        }, Clock.systemDefaultZone());
        scheduler.startNow();
        assertTrue(running.started.await(10, TimeUnit.SECONDS));
        scheduler.scheduleDaily(LocalTime.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS));
        ZonedDateTime due = scheduler.nextScheduled().orElseThrow();
        waitFor(() -> scheduler.nextScheduled().map(n -> n.isAfter(due)).orElse(false));
        assertEquals(1, made.get());
        assertEquals(BatchStatus.Trigger.MANUAL, scheduler.status().trigger());
        running.release.countDown();
    }

    @Test
    void closeStopsTheScheduleAndCancelsTheRunningBatch() throws Exception {
        HeldJob job = new HeldJob(0);
        scheduler = new BatchScheduler(() -> job, Clock.systemDefaultZone());
        scheduler.scheduleDaily(LocalTime.of(3, 0));
        scheduler.startNow();
        assertTrue(job.started.await(10, TimeUnit.SECONDS));
        scheduler.close();
        assertTrue(job.cancelled);
        assertEquals(State.CANCELLED, scheduler.status().state());
        assertTrue(scheduler.nextScheduled().isEmpty());
        assertThrows(IllegalStateException.class, scheduler::startNow);
    }

    @Test
    void drivesARealBatch() throws Exception {
        Path in = tmp.resolve("in");
        BatchTestSupport.copy("002-zunhua-2024.json", in, "a/zunhua.json");
        BatchTestSupport.copy("104-minimal.json", in, "b/julu.json");
        BatchOptions options = BatchOptions.of(in, tmp.resolve("out")).withFormats(EnumSet.of(Format.PDF));
        scheduler = new BatchScheduler(BatchTestSupport.renderer(), options);
        scheduler.startNow();
        waitFor(() -> scheduler.status().state() == State.SUCCEEDED);
        BatchStatus s = scheduler.status();
        assertEquals(new BatchCounts(2, 2, 0, 0), s.counts());
        assertTrue(Files.exists(Path.of(s.report())));

        scheduler.startNow();
        waitFor(() -> scheduler.status().run() == 2 && scheduler.status().state() == State.SUCCEEDED);
        assertEquals(new BatchCounts(2, 0, 2, 0), scheduler.status().counts());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
