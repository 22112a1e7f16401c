package cn.jixiao.docs.batch;

import static cn.jixiao.docs.batch.BatchTestSupport.assertAllComplete;
import static cn.jixiao.docs.batch.BatchTestSupport.copyAs;
import static cn.jixiao.docs.batch.BatchTestSupport.outputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real batch process killed mid-way (SIGKILL: no shutdown hook, no finally) and run again. */
class KilledBatchTest {

    private static final List<String> FIXTURES = List.of("000-tangshan-lunan-2025.json", "001-julu-2024.json",
            "002-zunhua-2024.json", "100-large-department.json", "101-long-text.json", "102-special-characters.json",
            "103-rare-characters.json", "105-cost-framework-2021.json");
    /**
     * The first checkpoint comes two seconds into the run, and a fast machine can finish a small folder by then.
     * Such a run proves nothing about a kill, so the test tries again with a folder four times the size.
     */
    private static final int[] COPIES = {20, 80, 320};

    @TempDir
    Path tmp;

    @Test
    void killedBatchLeavesOnlyCompleteDocumentsAndTheNextRunFinishesTheJob() throws Exception {
        for (int attempt = 0; attempt < COPIES.length; attempt++) {
            Path dir = tmp.resolve("attempt-" + attempt);
            if (killMidWayAndRerun(dir.resolve("in"), dir.resolve("out"), COPIES[attempt])) {
                return;
            }
            System.out.printf("%d copies finished before the first checkpoint; trying a larger folder%n", COPIES[attempt]);
        }
        fail("even " + COPIES[COPIES.length - 1] + " copies of each fixture finished before the batch could be killed");
    }

    /** False when the batch finished before it could be killed (nothing was checked); otherwise checks everything. */
    private boolean killMidWayAndRerun(Path in, Path out, int copies) throws Exception {
        for (int c = 0; c < copies; c++) {
            for (String f : FIXTURES) {
                copyAs(f, in, String.format("copy-%03d/%s", c, f), null);
            }
        }
        int total = copies * FIXTURES.size();

        Path log = in.resolveSibling("batch.log");
        Process batch = startBatch(in, out, log);
        try {
            // Wait until its manifest checkpoints record some finished inputs, then kill it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (ManifestStore.read(out.resolve("manifest.json")).entries().size() < 10) {
                if (!batch.isAlive()) {
                    assertEquals(0, batch.exitValue(), () -> "the batch failed: " + readLog(log));
                    break;
                }
                if (System.nanoTime() > deadline) {
                    fail("no progress within two minutes: " + readLog(log));
                }
                Thread.sleep(50);
            }
        } finally {
            batch.destroyForcibly();
            batch.waitFor(30, TimeUnit.SECONDS);
        }

        int written = outputs(out).size();
        if (written == 2 * total) {
            return false;
        }
        int leftovers = BatchTestSupport.tempFiles(out).size();
        assertAllComplete(out); // every visible .pdf/.docx is whole; temporary files are named .….partial
        Manifest saved = ManifestStore.read(out.resolve("manifest.json"));
        assertFalse(saved.entries().isEmpty(), "the checkpointed manifest is readable");
        assertTrue(saved.entries().size() < total, "the kill came before the final save: " + saved.entries().size());

        BatchReport rerun = BatchTestSupport.run(BatchOptions.of(in, out).withThreads(2)).report();
        assertEquals(0, rerun.counts().failed(), () -> rerun.failures().toString());
        assertEquals(total, rerun.counts().rendered() + rerun.counts().skipped());
        assertTrue(rerun.counts().skipped() >= saved.entries().size(),
                "what the killed run checkpointed is not rendered again: " + rerun.counts() + " vs " + saved.entries().size());
        assertEquals(2 * total, outputs(out).size());
        assertAllComplete(out);
        System.out.printf("killed after %d documents (%d temporary files left, %d inputs in the manifest); rerun %s%n",
                written, leftovers, saved.entries().size(), rerun.counts());
        assertEquals(List.of(), BatchTestSupport.tempFiles(out), "the rerun cleared the killed run's temporary files");

        assertEquals(total, BatchTestSupport.run(BatchOptions.of(in, out)).report().counts().skipped());
        return true;
    }

    private static Process startBatch(Path in, Path out, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                "cn.jixiao.docs.Main", "batch", in.toString(), out.toString(), "--threads", "2");
        File file = log.toFile();
        pb.redirectErrorStream(true).redirectOutput(file);
        return pb.start();
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
