package cn.jixiao.docs.service;

import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.render.Admission;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.InputRendering;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.util.Threads;
import cn.jixiao.docs.workbook.WorkbookRead;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs renders (and validations, which answer what a render would) on a fixed number of threads with a bounded
 * queue, a time limit and a memory budget. Rendering is CPU-bound: more renders at once than cores only makes each
 * slower, and an unbounded queue would let a burst pile up until every request times out. Past the queue a request
 * is refused at once (503), past the budget too (503, or 413 for a plan no budget of this heap fits), and the HTTP
 * threads stay free to answer health checks. A request that runs out of time cancels its render, which stops at
 * its next block and frees the thread.
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
    private final MemoryBudget budget;
    /** Less budget free than this, and a plan like the bundled example would be refused: /ready says so. */
    private final long typicalCost;

    RenderPool(RenderCall renderer, int threads, int queueCapacity, Duration timeout, MemoryBudget budget,
               long typicalCost) {
        this.renderer = renderer;
        this.timeout = timeout;
        this.budget = budget;
        this.typicalCost = typicalCost;
        BlockingQueue<Runnable> queue = queueCapacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity);
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue, Threads.daemons("render-"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Renders on the pool and waits at most the time limit (counted from now, so queue time counts too). */
    Rendered render(byte[] json, Set<Format> formats) {
        return run(c -> renderer.render(json, formats, c, budget));
    }

    /** The same for a workbook as read: its JSON rendered, its problems told where in the workbook they are. */
    Rendered render(WorkbookRead workbook, Set<Format> formats) {
        return run(c -> InputRendering.render((json, f) -> renderer.render(json, f, c, budget), renderer.deployment(), workbook, formats));
    }

    /** Any other work on a plan (validation, the review) under the same queue and time limit as a render. */
    <T> T run(Function<Cancellation, T> work) {
        Cancellation cancellation = Cancellation.after(timeout.toNanos());
        Future<T> future;
        try {
            future = executor.submit(() -> {
                try {
                    return work.apply(cancellation);
                } catch (Error e) {
                    Fatal.exit(Thread.currentThread().getName(), e);
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Refused(executor.isShutdown() ? Refusal.STOPPING : Refusal.QUEUE_FULL);
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // The render sees this at its next block and ends, freeing its thread; a queued one never starts.
            cancellation.cancel();
            future.cancel(true);
            throw new Refused(Refusal.TIMED_OUT);
        } catch (InterruptedException e) {
            cancellation.cancel();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused(Refusal.STOPPING);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Admission.Refused refused) {
                throw refused;
            }
            if (e.getCause() instanceof Cancellation.Cancelled) {
                throw new Refused(Refusal.TIMED_OUT);
            }
            throw new Failed(e.getCause());
        }
    }

    RenderCall renderer() { return renderer; }

    long timeoutSeconds() { return Math.max(1, timeout.toSeconds()); }

    int queued() { return executor.getQueue().size(); }

    int active() { return executor.getActiveCount(); }

    int threads() { return executor.getCorePoolSize(); }

    MemoryBudget budget() { return budget; }

    /** The next ordinary request would be refused: the queue is full, or the memory budget is spent. */
    boolean saturated() {
        boolean queueFull = executor.getQueue() instanceof SynchronousQueue
                ? executor.getActiveCount() >= executor.getCorePoolSize()
                : executor.getQueue().remainingCapacity() == 0;
        return queueFull || budget.free() < typicalCost;
    }

    /** Takes no more work, lets queued and running renders finish for up to {@code grace}, then interrupts the rest. */
    void shutdown(Duration grace) {
        Threads.shutdown(executor, grace);
    }
}
