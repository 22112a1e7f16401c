package cn.jixiao.docs.render;

/**
 * Whether a render may take the memory it is estimated to need ({@link RenderCost}); asked once per render, after
 * validation and before any document is built, so an overload is refused instead of ending in OutOfMemoryError.
 */
@FunctionalInterface
public interface Admission {

    /** Everything admitted: the command line and a batch, which run a bounded number of renders of their own. */
    Admission UNLIMITED = bytes -> () -> { };

    /** The permit to {@link Permit#close()} when the render is done; throws {@link Refused} when it may not run. */
    Permit admit(long bytes);

    @FunctionalInterface
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Not now ({@code ever} false: others hold the memory), or not with this heap at all ({@code ever} true). */
    final class Refused extends RuntimeException {
        public final long bytes;
        public final long budget;
        public final boolean ever;

        public Refused(long bytes, long budget, boolean ever) {
            super("render needs about " + bytes + " bytes of a budget of " + budget, null, false, false);
            this.bytes = bytes;
            this.budget = budget;
            this.ever = ever;
        }
    }
}
