package cn.jixiao.docs.model;

/**
 * Lets whoever asked for a render stop it: the render checks at coarse points (each block it lays out, each stage)
 * and gives up with {@link Cancelled}, so a request that timed out frees its thread within milliseconds instead of
 * rendering on for nobody. One per render; {@link #cancel} may be called from any thread.
 */
public final class Cancellation {

    /** For renders nobody waits on with a limit (the command line, tests). */
    public static final Cancellation NONE = new Cancellation(Long.MAX_VALUE, false);

    /** The render stopped because it was cancelled or ran past its deadline. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() { super("render cancelled", null, false, false); }
    }

    private final long deadlineNanos;
    private final boolean bounded;
    private volatile boolean cancelled;

    private Cancellation(long deadlineNanos, boolean bounded) {
        this.deadlineNanos = deadlineNanos;
        this.bounded = bounded;
    }

    /** Cancelled by {@link #cancel}, and by itself once {@code nanos} have passed from now. */
    public static Cancellation after(long nanos) { return new Cancellation(System.nanoTime() + nanos, true); }

    /** Cancelled only by {@link #cancel}. */
    public static Cancellation manual() { return new Cancellation(Long.MAX_VALUE, false); }

    public void cancel() {
        if (this != NONE) {
            cancelled = true;
        }
    }

    public boolean cancelled() {
        return cancelled || (bounded && System.nanoTime() - deadlineNanos > 0);
    }

    /** Throws {@link Cancelled} when the render should stop. */
    public void check() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }
}
