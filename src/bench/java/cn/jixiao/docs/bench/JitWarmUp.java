package cn.jixiao.docs.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Runs a workload until the JIT compiler has settled, so that warm times measure the compiled code and not the
 * compiler working beside it. A fixed warm-up is not enough on one core: after 20 s of rendering C2 was still
 * compiling the render path for half of the next seven seconds (compile time 7.4 s of 7.3 s wall), and the wall
 * median of a warm PDF render was twice its CPU time.
 */
record JitWarmUp(double seconds, double compilingShare, boolean settled) {

    /** The window over which the compiler's share of time is judged. */
    private static final long WINDOW_NANOS = 5_000_000_000L;
    /** Settled: the compiler worked less than this share of the last window. */
    private static final double SETTLED_SHARE = 0.02;

    /** Runs {@code round} for at least {@code minSeconds}, then until the compiler settles or {@code maxSeconds}. */
    static JitWarmUp run(Runnable round, int minSeconds, int maxSeconds) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long windowStart = start;
        long compiledAtWindowStart = compiler.getTotalCompilationTime();
        while (true) {
            round.run();
            long now = System.nanoTime();
            if (now - windowStart < WINDOW_NANOS) {
                continue;
            }
            long compiled = compiler.getTotalCompilationTime();
            double share = (compiled - compiledAtWindowStart) * 1e6 / (now - windowStart);
            double elapsed = (now - start) / 1e9;
            if (elapsed >= minSeconds && share < SETTLED_SHARE) {
                return new JitWarmUp(elapsed, share, true);
            }
            if (elapsed >= maxSeconds) {
                return new JitWarmUp(elapsed, share, false);
            }
            windowStart = now;
            compiledAtWindowStart = compiled;
        }
    }

    String describe() {
        return String.format("warm-up %.0f s, %s: the compiler worked %.1f %% of its last 5 s", seconds,
                settled ? "JIT settled" : "JIT NOT settled (times below include compiling)", 100 * compilingShare);
    }
}
