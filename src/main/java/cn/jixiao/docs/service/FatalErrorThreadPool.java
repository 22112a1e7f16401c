package cn.jixiao.docs.service;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's thread pool, with an Error escaping any of its jobs (the acceptor, a selector, a request) ending the
 * process through {@link Fatal}: Jetty logs such an error and lets the thread die, which for the acceptor leaves a
 * process that is alive and never accepts a connection again.
 */
final class FatalErrorThreadPool extends QueuedThreadPool {

    /** Javalin's own default: 250 threads at most, 8 kept, idle ones ended after a minute. */
    FatalErrorThreadPool() {
        super(250, 8, 60_000);
        setName("JettyServerThreadPool");
    }

    @Override
    protected void runJob(Runnable job) {
        try {
            super.runJob(job);
        } catch (Error e) {
            Fatal.exit(Thread.currentThread().getName(), e);
            throw e;
        }
    }
}
