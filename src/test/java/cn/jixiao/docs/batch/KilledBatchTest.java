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
    private static final int COPIES = 20;

    @TempDir
    Path tmp;

    @Test
    void killedBatchLeavesOnlyCompleteDocumentsAndTheNextRunFinishesTheJob() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        for (int c = 0; c < COPIES; c++) {
            for (String f : FIXTURES) {
                copyAs(f, in, String.format("copy-%02d/%s", c, f), null);
            }
        }
        int total = COPIES * FIXTURES.size();

        Process batch = startBatch(in, out);
        try {
            // Wait until its manifest checkpoints record some finished inputs, then kill it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (ManifestStore.read(out.resolve("manifest.json")).entries().size() < 10) {
                if (!batch.isAlive()) {
                    fail("the batch ended (exit " + batch.exitValue() + ") before it could be killed: "
                            + Files.readString(tmp.resolve("batch.log")));
                }
                if (System.nanoTime() > deadline) {
                    fail("no progress within two minutes: " + Files.readString(tmp.resolve("batch.log")));
                }
                Thread.sleep(50);
            }
        } finally {
            batch.destroyForcibly();
            batch.waitFor(30, TimeUnit.SECONDS);
        }

        int written = outputs(out).size();
        int leftovers = BatchTestSupport.tempFiles(out).size();
        assertTrue(written < 2 * total, "killed mid-way, not after the end: " + written);
        assertAllComplete(out); // every visible .pdf/.docx is whole; temporary files are named .….partial
        Manifest saved = ManifestStore.read(out.resolve("manifest.json"));
        assertFalse(saved.entries().isEmpty(), "the checkpointed manifest is readable");

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
    }

    private Process startBatch(Path in, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                "cn.jixiao.docs.Main", "batch", in.toString(), out.toString(), "--threads", "2");
        File log = tmp.resolve("batch.log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        return pb.start();
    }
}
