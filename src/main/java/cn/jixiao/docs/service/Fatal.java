package cn.jixiao.docs.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Error (OutOfMemoryError above all) on any thread of the service ends the process with {@link #EXIT_CODE}, so
 * that its supervisor (systemd, Docker, Kubernetes) starts a fresh one. Carrying on is worse: an OutOfMemoryError
 * can strike any thread, Jetty's acceptor included, and a process left alive but no longer accepting answers
 * neither requests nor health checks nor, sometimes, SIGTERM. {@code halt}, not {@code exit}: the graceful stop's
 * shutdown hook would wait for requests a broken heap may never finish.
 */
public final class Fatal {

    /** EX_SOFTWARE of sysexits.h: an internal error; documented in docs/service.md. */
    static final int EXIT_CODE = 70;

    private static final Logger LOG = LoggerFactory.getLogger(Fatal.class);

    /**
     * What is written when the log line cannot be, built before it is needed: formatting a line takes memory, and
     * an operator restarting the service should still read why it ended.
     */
    private static final byte[] OUT_OF_MEMORY = line("java.lang.OutOfMemoryError");
    private static final byte[] OTHER_ERROR = line("java.lang.Error");

    private Fatal() {}

    static void exit(String where, Throwable error) {
        try {
            LOG.error("fatal {} in {}: the process exits with code {} so that its supervisor restarts it",
                    error.getClass().getName(), where, EXIT_CODE, error);
        } catch (Throwable logging) {
            // Logging may need the memory that is gone: the line made in advance, and the exit matters more still.
            try {
                byte[] fallback = error instanceof OutOfMemoryError ? OUT_OF_MEMORY : OTHER_ERROR;
                System.err.write(fallback, 0, fallback.length);
                System.err.flush();
            } catch (Throwable ignored) {
                // Nothing is left to tell it with.
            }
        } finally {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }

    private static byte[] line(String error) {
        return ("fatal " + error + ": the process exits with code " + EXIT_CODE + " so that its supervisor restarts it\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** For every thread of a serving process without a handler of its own (not for tests: it halts the JVM). */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof Error) {
                exit("thread " + thread.getName(), e);
            } else {
                LOG.error("uncaught exception in thread {}", thread.getName(), e);
            }
        });
    }
}
