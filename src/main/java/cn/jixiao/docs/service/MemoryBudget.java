package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Admission;

/**
 * The heap renders may take at once, shared out by each render's estimate ({@code RenderCost}): a render that
 * would take more than is left waits for nobody and is refused (503, try again), one that would take more than the
 * whole budget is refused for good (413). Thread-safe.
 */
final class MemoryBudget implements Admission {

    /**
     * What the service holds without rendering (fonts with their glyph tables, the templates, Jetty): the smallest
     * plan renders in a 109 MB heap and not in 94 MB (docs/service.md, "Memory"); with room for bodies being read.
     */
    static final long RESIDENT = 112L << 20;
    /** The collector needs headroom to work in; a heap kept fuller than this spends its time collecting. */
    static final double USABLE = 0.85;

    private final long total;
    private long reserved;

    MemoryBudget(long totalBytes) { this.total = Math.max(0, totalBytes); }

    /** The budget a heap of {@code maxHeap} bytes (-Xmx) leaves for renders. */
    static MemoryBudget forHeap(long maxHeap) { return new MemoryBudget((long) (maxHeap * USABLE) - RESIDENT); }

    @Override
    public Permit admit(long bytes) {
        if (bytes > total) {
            throw new Refused(bytes, total, true);
        }
        synchronized (this) {
            if (reserved + bytes > total) {
                throw new Refused(bytes, total, false);
            }
            reserved += bytes;
        }
        return new Permit() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (MemoryBudget.this) {
                    if (!closed) {
                        closed = true;
                        reserved -= bytes;
                    }
                }
            }
        };
    }

    long total() { return total; }

    synchronized long free() { return total - reserved; }
}
