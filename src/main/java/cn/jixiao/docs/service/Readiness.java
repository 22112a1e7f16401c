package cn.jixiao.docs.service;

import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.render.Admission;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the service should get traffic (/ready), as opposed to whether it is alive (/health). It is not ready
 * while it warms up (the JIT takes a few renders to compile the render path), nor once it is stopping, nor
 * when the warm-up render failed: a template or font that cannot render the reference example is a broken deploy.
 */
final class Readiness {

    enum State { STARTING, READY, FAILED, STOPPING }

    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);

    State state() { return state.get(); }

    boolean ready() { return state.get() == State.READY; }

    /** Marks the service as stopping; false when it already was (so a second stop does nothing). */
    boolean beginStopping() { return state.getAndSet(State.STOPPING) != State.STOPPING; }

    /** Renders the example once in each format on a background thread, so /health answers from the first moment. */
    void warmUp(RenderCall renderer, byte[] example) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Rendered r = renderer.render(example, EnumSet.allOf(Format.class), Cancellation.NONE, Admission.UNLIMITED);
                if (!r.ok()) {
                    throw new IllegalStateException("the bundled example does not validate: " + r.problems());
                }
                state.compareAndSet(State.STARTING, State.READY);
                LOG.info("warm-up done in {} ms; ready", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                state.compareAndSet(State.STARTING, State.FAILED);
                LOG.error("warm-up render failed; /ready stays 503", e);
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
    }
}
