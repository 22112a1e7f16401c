package cn.jixiao.docs.service;

import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.render.Admission;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.render.Rendered;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The real renderer behind a gate a test can close, to see what the service does while renders are running. */
final class HeldRenderer implements RenderCall {

    private final RenderCall real = RenderCall.of(TestService.renderer());
    private final Semaphore started = new Semaphore(0);
    private volatile CountDownLatch gate;

    /** From now on every render waits until {@link #release()}; renders before (the warm-up) no longer count. */
    void hold() {
        gate = new CountDownLatch(1);
        started.drainPermits();
    }

    void release() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    /** Waits until a render has begun on a pool thread (and so holds that thread). */
    void awaitStarted() throws InterruptedException {
        if (!started.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no render started");
        }
    }

    @Override
    public Deployment deployment() { return real.deployment(); }

    @Override
    public Rendered render(byte[] json, Set<Format> formats, Cancellation cancellation, Admission admission) {
        CountDownLatch g = gate;
        started.release();
        if (g != null) {
            try {
                if (!g.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a held render was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return real.render(json, formats, cancellation, admission);
    }
}
