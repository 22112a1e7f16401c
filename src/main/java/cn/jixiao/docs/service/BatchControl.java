package cn.jixiao.docs.service;

/**
 * The batch behind {@code /api/batch}, as the service sees it: the state of the running or last run, and a run started
 * now. The shell that starts the service wires its nightly batch in through this; the service knows nothing else of it.
 */
public interface BatchControl {

    /** The running or last run, as a record the service writes as the JSON body. */
    Object status();

    /** Starts a run unless one is going; says which, with the status after. */
    Started startNow();

    record Started(boolean started, Object status) {}
}
