package cn.jixiao.docs.util;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads of the service's render pool, of the batch and of start-up, made and stopped alike. */
public final class Threads {

    private Threads() {}

    /**
     * Daemon threads named {@code prefix1}, {@code prefix2}, …: a pool never keeps the JVM alive on its own, so a
     * service shutting down (or a forgotten pool) is not held up by it.
     */
    public static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Takes no more work, lets queued and running work finish for up to {@code grace}, then interrupts the rest. */
    public static void shutdown(ExecutorService executor, Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
