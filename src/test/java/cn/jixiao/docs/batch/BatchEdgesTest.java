package cn.jixiao.docs.batch;

import static cn.jixiao.docs.batch.BatchTestSupport.assertAllComplete;
import static cn.jixiao.docs.batch.BatchTestSupport.copy;
import static cn.jixiao.docs.batch.BatchTestSupport.copyAs;
import static cn.jixiao.docs.batch.BatchTestSupport.renderer;
import static cn.jixiao.docs.batch.BatchTestSupport.run;
import static cn.jixiao.docs.batch.BatchTestSupport.tempFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.cli.BatchCommand;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other JSON in the input folder, globs, the per-input time limit, and a disk that fills up part-way. */
class BatchEdgesTest {

    @TempDir
    Path in;
    @TempDir
    Path out;

    @Test
    void jsonThatIsNoPlanIsSkippedWithANoteNotFailed() throws Exception {
        copy("001-julu-2024.json", in, "001-julu-2024.json");
        copy("invalid/bad-level1.expected.json", in, "bad-level1.expected.json"); // a JSON array
        copy("review/001-julu-2024.expected.json", in, "review/001-julu-2024.expected.json"); // another object
        Files.writeString(in.resolve("empty.json"), "{}");
        BatchResult result = run(BatchOptions.of(in, out).withThreads(2));
        BatchReport r = result.report();
        assertEquals(new BatchCounts(4, 1, 0, 1, 2), r.counts(), () -> r.failures().toString());
        assertEquals(List.of("bad-level1.expected.json", "review/001-julu-2024.expected.json"),
                r.notPlans().stream().map(BatchReport.InputProblems::input).toList());
        assertTrue(r.notPlans().get(0).problems().get(0).message().contains("JSON 数组"), r.notPlans().toString());
        // An empty object is a plan with everything missing: reported, so the clerk learns what is missing.
        assertEquals(List.of("empty.json"), BatchTestSupport.failedInputs(r));
        JsonNode written = new ObjectMapper().readTree(result.reportFile().toFile());
        assertEquals(2, written.path("notPlans").size());
    }

    @Test
    void includeAndExcludeGlobsChooseTheInputs() throws Exception {
        copy("001-julu-2024.json", in, "a/001-julu-2024.json");
        copy("002-zunhua-2024.json", in, "b/002-zunhua-2024.json");
        copy("invalid/bad-level1.expected.json", in, "a/bad-level1.expected.json");
        BatchReport excluded = run(BatchOptions.of(in, out).withFilter(new InputFilter(null, "*.expected.json"))).report();
        assertEquals(new BatchCounts(2, 2, 0, 0, 0), excluded.counts());
        BatchReport included = run(BatchOptions.of(in, out).withFilter(new InputFilter("a/**", "*.expected.json"))
                .withForce(true)).report();
        assertEquals(new BatchCounts(1, 1, 0, 0, 0), included.counts());

        InputFilter f = new InputFilter("{县,市}/**.json", "*-副本.json");
        assertTrue(f.accepts("县/教育局.json"));
        assertTrue(f.accepts("市/乡/教育局.json"));
        assertFalse(f.accepts("省/教育局.json"));
        assertFalse(f.accepts("县/教育局-副本.json"));
    }

    @Test
    void anInputPastTheTimeLimitFailsAndTheOthersGoOn() throws Exception {
        copy("001-julu-2024.json", in, "001-julu-2024.json");
        copy("100-large-department.json", in, "100-large-department.json");
        BatchReport r = run(BatchOptions.of(in, out).withTimeLimit(Duration.ofNanos(1))).report();
        assertEquals(new BatchCounts(2, 0, 0, 2, 0), r.counts());
        for (BatchReport.InputProblems f : r.failures()) {
            assertTrue(f.problems().get(0).message().contains("0 秒仍未完成"), f.toString());
        }
        assertTrue(tempFiles(out).isEmpty());
    }

    @Test
    void timeLimitAndGlobsAreCommandLineOptions() throws Exception {
        copy("001-julu-2024.json", in, "001-julu-2024.json");
        copy("invalid/bad-level1.expected.json", in, "bad-level1.expected.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = BatchCommand.run(new String[] {"batch", in.toString(), out.toString(), "--format", "pdf",
                "--time-limit", "60", "--exclude", "*.expected.json"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, bytes.toString(StandardCharsets.UTF_8));
        assertEquals(1, new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("counts").path("total").asInt());
    }

    /**
     * A tmpfs with room for the first plan's documents only: the others fail naming the file they could not write,
     * no partial file is left, report.json tells it all, and the exit code is 4. Mounting needs root.
     */
    @Test
    void aFullDiskNamesTheFileWritesTheReportAndExitsWithFour(@TempDir Path mount) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            System.out.println("SKIPPED aFullDiskNamesTheFileWritesTheReportAndExitsWithFour: mounting a tmpfs needs root");
            return;
        }
        Rendered one = renderer().render(Fixtures.read(Fixtures.JULU), EnumSet.allOf(Format.class));
        long documents = one.documents().values().stream().mapToLong(b -> b.length).sum();
        // Room for one plan's two documents and the run's small files, not for a second plan's.
        long size = documents + documents / 2;
        mount("-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString());
        try {
            for (int i = 0; i < 4; i++) {
                copyAs("001-julu-2024.json", in, "plan-" + i + ".json", "巨鹿县部门" + i);
            }
            Path target = mount.resolve("documents");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int exit = BatchCommand.run(new String[] {"batch", in.toString(), target.toString(), "--threads", "1"},
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String summary = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(BatchResult.EXIT_UNWRITABLE, exit, summary);
            assertTrue(summary.contains("No space left on device"), summary);
            assertTrue(summary.contains(target.toString()), "names the file: " + summary);
            assertTrue(tempFiles(target).isEmpty(), "no partial file is left");
            assertAllComplete(target);
            if (Files.exists(target.resolve("report.json"))) {
                JsonNode report = new ObjectMapper().readTree(target.resolve("report.json").toFile());
                assertTrue(report.path("unwritable").size() > 0, report.toString());
                for (JsonNode u : report.path("unwritable")) {
                    assertTrue(u.path("file").asText().startsWith(target.toString()), u.toString());
                    assertEquals("No space left on device", u.path("reason").asText(), u.toString());
                }
                assertTrue(report.path("failures").size() > 0, report.toString());
            } else {
                assertTrue(summary.contains("report.json 也未能写入"), summary);
            }
        } finally {
            mount("-u", mount.toString());
        }
    }

    private static void mount(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(args[0].equals("-u") ? "umount" : "mount"));
        command.addAll(args[0].equals("-u") ? List.of(args).subList(1, args.length) : List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, command + ": " + said);
    }
}
