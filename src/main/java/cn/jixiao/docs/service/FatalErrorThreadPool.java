package cn.jixiao.docs.service;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's thread pool, with an Error escaping any of its jobs (the acceptor, a selector, a request) ending the
 * process through {@link Fatal}: Jetty logs such an error and lets the thread die, which for the acceptor leaves a
 * process that is alive and never accepts a connection again.
 */
final class FatalErrorThreadPool extends QueuedThreadPool {

    /**
     * 1,000 threads at most (Javalin's default is 250), 8 kept, idle ones ended after a minute. A body arriving
     * slower than the minimum data rate is refused only while a thread reads it: with 250, 300 slow clients from 300
     * addresses took every thread and /health waited over 10 s (SlowClientsTest, 3 runs of 4 failing); with 1,000
     * the data rate cuts each off within two seconds. An idle thread costs only its reserved stack.
     */
    FatalErrorThreadPool() {
        super(1000, 8, 60_000);
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
