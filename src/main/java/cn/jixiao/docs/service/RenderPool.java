package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.workbook.WorkbookRead;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs renders on a fixed number of threads with a bounded queue. Rendering is CPU-bound: more renders at once than
 * cores only makes each slower, and an unbounded queue would let a burst pile up until every request times out.
 * Past the queue a request is refused at once (503), and the HTTP threads stay free to answer health checks.
 */
final class RenderPool {

    /** Why a render did not happen; each becomes a 503. */
    enum Refusal { QUEUE_FULL, TIMED_OUT, STOPPING }

    static final class Refused extends RuntimeException {
        final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /** The renderer itself failed (a broken template, a bug): a deployment problem, answered with 500. */
    static final class Failed extends RuntimeException {
        Failed(Throwable cause) { super("render failed: " + cause, cause); }
    }

    private final RenderCall renderer;
    private final ThreadPoolExecutor executor;
    private final Duration timeout;

    RenderPool(RenderCall renderer, int threads, int queueCapacity, Duration timeout) {
        this.renderer = renderer;
        this.timeout = timeout;
        BlockingQueue<Runnable> queue = queueCapacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity);
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue, threads("render-"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Renders on the pool and waits at most the time limit (counted from now, so queue time counts too). */
    Rendered render(byte[] json, Set<Format> formats) { return run(() -> renderer.render(json, formats)); }

    /** The same for a workbook as read: its JSON rendered, its problems told where in the workbook they are. */
    Rendered render(WorkbookRead workbook, Set<Format> formats) {
        return run(() -> workbook.render(renderer::render, formats));
    }

    private Rendered run(Callable<Rendered> render) {
        Future<Rendered> future;
        try {
            future = executor.submit(render);
        } catch (RejectedExecutionException e) {
            throw new Refused(executor.isShutdown() ? Refusal.STOPPING : Refusal.QUEUE_FULL);
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // A render does not check for interruption, so cancelling mostly takes a queued one off the queue; a
            // running one finishes on its thread and its result is dropped. The pool stays bounded either way.
            future.cancel(true);
            throw new Refused(Refusal.TIMED_OUT);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused(Refusal.STOPPING);
        } catch (ExecutionException e) {
            throw new Failed(e.getCause());
        }
    }

    long timeoutSeconds() { return Math.max(1, timeout.toSeconds()); }

    int queued() { return executor.getQueue().size(); }

    int active() { return executor.getActiveCount(); }

    int threads() { return executor.getCorePoolSize(); }

    /** Takes no more work, lets queued and running renders finish for up to {@code grace}, then interrupts the rest. */
    void shutdown(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads: the HTTP server keeps the JVM alive while it serves; a forgotten pool must not. */
    static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
