package cn.jixiao.docs.batch;

import java.io.IOException;
import java.util.function.Consumer;

/** A batch the scheduler can start, watch and stop; {@link BatchRun} is the real one, tests use stand-ins. */
public interface BatchJob {

    /** Runs to the end (or until cancelled), calling {@code listener}, if any, with progress now and then. */
    BatchResult run(Consumer<BatchProgress> listener) throws BatchSetupException, IOException;

    BatchCounts counts();

    BatchProgress progress();

    /** Asks the run to stop: inputs already being rendered finish, the rest are left for the next run. */
    void cancel();
}
