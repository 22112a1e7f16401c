package cn.jixiao.docs.batch;

import static cn.jixiao.docs.batch.BatchTestSupport.assertAllComplete;
import static cn.jixiao.docs.batch.BatchTestSupport.assertCounts;
import static cn.jixiao.docs.batch.BatchTestSupport.copy;
import static cn.jixiao.docs.batch.BatchTestSupport.copyAs;
import static cn.jixiao.docs.batch.BatchTestSupport.failedInputs;
import static cn.jixiao.docs.batch.BatchTestSupport.outputs;
import static cn.jixiao.docs.batch.BatchTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.util.Checksum;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {

    private static final String JULU = "巨鹿县总工会2024年部门预算绩效文本";
    private static final String TANGSHAN = "county-a/唐山市路南区总工会2025年部门预算绩效文本";
    private static final String ZUNHUA = "county-a/遵化市总工会2024年部门预算绩效文本";
    private static final String RARE = "county-b/𠮷林县𡈼村镇人民政府2024年部门预算绩效文本";

    @TempDir
    Path tmp;
    Path in;
    Path out;

    /** Good inputs in nested folders, invalid ones, and inputs that cannot be read at all. */
    @BeforeEach
    void mixedFolder() throws Exception {
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        copy("001-julu-2024.json", in, "001-julu-2024.json");
        copy("000-tangshan-lunan-2025.json", in, "county-a/000-tangshan-lunan-2025.json");
        copy("002-zunhua-2024.json", in, "county-a/002-zunhua-2024.json");
        copy("103-rare-characters.json", in, "county-b/103-rare-characters.json");
        copy("invalid/bad-level1.json", in, "county-b/bad-level1.json");
        copy("invalid/malformed-json.json", in, "county-b/malformed-json.json");
        Files.createDirectories(in.resolve("broken/folder.json"));
        Files.createSymbolicLink(in.resolve("broken/dangling.json"), in.resolve("broken/no-such-target.json"));
        Files.write(in.resolve("broken/gbk.json"),
                "{\"year\": 2024, \"department\": {\"code\": \"1\", \"name\": \"巨鹿县\"}}".getBytes(Charset.forName("GBK")));
        Files.writeString(in.resolve("county-a/notes.txt"), "not an input");
    }

    private BatchOptions options() {
        return BatchOptions.of(in, out).withThreads(2);
    }

    @Test
    void rendersGoodInputsMirroringFoldersAndReportsEveryFailure() throws Exception {
        BatchResult result = run(options());
        BatchReport r = result.report();

        assertCounts(r, 9, 4, 0, 5);
        assertEquals(1, result.exitCode());
        assertEquals(List.of("001-julu-2024.json", "county-a/000-tangshan-lunan-2025.json",
                "county-a/002-zunhua-2024.json", "county-b/103-rare-characters.json"), manifestKeys());
        Set<String> expected = Set.of(JULU + ".pdf", JULU + ".docx", TANGSHAN + ".pdf", TANGSHAN + ".docx",
                ZUNHUA + ".pdf", ZUNHUA + ".docx", RARE + ".pdf", RARE + ".docx");
        assertEquals(expected, outputs(out).keySet());
        assertAllComplete(out);
        assertEquals(List.of(), BatchTestSupport.tempFiles(out));

        assertEquals(List.of("broken/dangling.json", "broken/folder.json", "broken/gbk.json",
                "county-b/bad-level1.json", "county-b/malformed-json.json"), failedInputs(r));
        for (BatchReport.InputProblems f : r.failures()) {
            assertTrue(f.problems().stream().anyMatch(Problem::isError), f.toString());
            for (Problem p : f.problems()) {
                assertTrue(p.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "Chinese message: " + p.message());
            }
        }
        assertTrue(message(r, "broken/dangling.json").contains("符号链接"), message(r, "broken/dangling.json"));
        assertTrue(message(r, "broken/folder.json").contains("文件夹"), message(r, "broken/folder.json"));
        assertTrue(message(r, "broken/gbk.json").contains("UTF-8"), message(r, "broken/gbk.json"));
        assertTrue(message(r, "county-b/bad-level1.json").contains("一级指标"), message(r, "county-b/bad-level1.json"));
        assertEquals(List.of("county-b/103-rare-characters.json"),
                r.warnings().stream().map(BatchReport.InputProblems::input).toList());
        // Each character no font has is there with its field, as validate tells it.
        assertTrue(r.warnings().get(0).problems().stream().anyMatch(p -> p.path().equals("/department/unitLabel")
                && p.message().contains("「𪚥」")), r.warnings().toString());

        // The report on disk says the same, in JSON anyone can read.
        JsonNode report = BatchJson.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(5, report.get("failures").size());
        assertEquals(4, report.at("/counts/rendered").asInt());
        assertEquals("county-b/bad-level1.json", report.at("/failures/3/input").asText());
        assertEquals("/projects/0/indicators/0/level1", report.at("/failures/3/problems/0/path").asText());
    }

    @Test
    void allGoodExitsZero() throws Exception {
        Path good = tmp.resolve("good");
        copy("002-zunhua-2024.json", good, "a.json");
        copy("104-minimal.json", good, "b/b.json");
        BatchResult result = run(BatchOptions.of(good, tmp.resolve("good-out")).withFormats(EnumSet.of(Format.PDF)));
        assertCounts(result.report(), 2, 2, 0, 0);
        assertEquals(0, result.exitCode());
    }

    @Test
    void secondRunSkipsEverythingAndRewritesNothing() throws Exception {
        run(options());
        Map<String, FileTime> before = outputs(out);
        String manifest = Files.readString(out.resolve("manifest.json"));

        BatchReport second = run(options()).report();

        assertCounts(second, 9, 0, 4, 5); // failures are tried again: they are cheap and may have been fixed
        assertEquals(before, outputs(out));
        assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
        // Warnings of skipped inputs still show: the report does not depend on what needed rendering.
        assertEquals(List.of("county-b/103-rare-characters.json"),
                second.warnings().stream().map(BatchReport.InputProblems::input).toList());
    }

    @Test
    void changingOneInputRerendersOnlyIt() throws Exception {
        run(options());
        Map<String, FileTime> before = outputs(out);
        Path zunhua = in.resolve("county-a/002-zunhua-2024.json");
        Files.writeString(zunhua, Files.readString(zunhua).replace("劳模基金绩效目标项目", "劳模基金绩效目标项目（修订）"));
        // A new modification time alone changes nothing: up to date means same bytes, not same date.
        Path julu = in.resolve("001-julu-2024.json");
        Files.setLastModifiedTime(julu, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        BatchReport r = run(options()).report();

        assertCounts(r, 9, 1, 3, 5);
        Map<String, FileTime> after = outputs(out);
        for (String output : before.keySet()) {
            if (output.startsWith(ZUNHUA)) {
                assertNotEquals(before.get(output), after.get(output), output);
            } else {
                assertEquals(before.get(output), after.get(output), output);
            }
        }
    }

    @Test
    void missingOrAlteredOutputIsRenderedAgain() throws Exception {
        run(options());
        Files.delete(out.resolve(JULU + ".pdf"));
        Files.writeString(out.resolve(TANGSHAN + ".docx"), "scribbled over");

        BatchReport r = run(options()).report();

        assertCounts(r, 9, 2, 2, 5);
        assertAllComplete(out);
        assertTrue(Files.exists(out.resolve(JULU + ".pdf")));
    }

    /**
     * A rerun reads a document only when its size or time differs from when it was written: the same bytes touched
     * stay, other bytes of the same size are rendered again, and bytes changed behind a restored size and time are
     * taken as written (the quick check rsync and make rely on; --force renders regardless).
     */
    @Test
    void aRerunHashesOnlyDocumentsWhoseSizeOrTimeChanged() throws Exception {
        run(options());
        Path touched = out.resolve(JULU + ".pdf");
        byte[] touchedBytes = Files.readAllBytes(touched);
        Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Path altered = out.resolve(TANGSHAN + ".docx");
        byte[] good = Files.readAllBytes(altered);
        Files.write(altered, flipped(good));
        // A new time set, not left to the kernel's coarse clock, which may stamp it with the time recorded.
        Files.setLastModifiedTime(altered, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
        Path hidden = out.resolve(ZUNHUA + ".pdf");
        FileTime written = Files.getLastModifiedTime(hidden);
        byte[] hiddenBytes = flipped(Files.readAllBytes(hidden));
        Files.write(hidden, hiddenBytes);
        Files.setLastModifiedTime(hidden, written);

        BatchReport r = run(options()).report();

        assertCounts(r, 9, 1, 3, 5); // 唐山's alone, for its altered DOCX
        assertArrayEquals(good, Files.readAllBytes(altered));
        assertArrayEquals(touchedBytes, Files.readAllBytes(touched));
        assertArrayEquals(hiddenBytes, Files.readAllBytes(hidden));
        assertCounts(run(options().withForce(true)).report(), 9, 4, 0, 5);
        assertFalse(Arrays.equals(hiddenBytes, Files.readAllBytes(hidden)));
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] b = bytes.clone();
        b[b.length / 2] ^= 1;
        return b;
    }

    @Test
    void forceRendersEverythingAndNewTemplatesOrFormatsDoToo() throws Exception {
        run(options());
        assertCounts(run(options().withForce(true)).report(), 9, 4, 0, 5);
        // Fewer formats: what is on disk covers them.
        assertCounts(run(options().withFormats(EnumSet.of(Format.PDF))).report(), 9, 0, 4, 5);

        Path otherOut = tmp.resolve("pdf-only");
        run(BatchOptions.of(in, otherOut).withFormats(EnumSet.of(Format.PDF)));
        // More formats than last time: every input needs the new one.
        assertCounts(run(BatchOptions.of(in, otherOut)).report(), 9, 4, 0, 5);
    }

    @Test
    void manifestRecordsWhatEachOutputWasMadeFrom() throws Exception {
        run(options());
        Manifest m = ManifestStore.read(out.resolve("manifest.json"));
        assertEquals(Set.of("001-julu-2024.json", "county-a/000-tangshan-lunan-2025.json",
                "county-a/002-zunhua-2024.json", "county-b/103-rare-characters.json"), m.entries().keySet());
        ManifestEntry e = m.entries().get("county-a/002-zunhua-2024.json");
        assertEquals(Checksum.of(Files.readAllBytes(in.resolve("county-a/002-zunhua-2024.json"))), e.input());
        assertEquals(BatchTestSupport.renderer().templates().fingerprint(), e.templates());
        assertEquals(BatchTestSupport.renderer().fonts().fingerprint(), e.fonts());
        assertEquals(ProgramVersion.current(), e.program());
        assertEquals(ZUNHUA + ".pdf", e.outputs().get("pdf").path());
        assertEquals(Checksum.of(Files.readAllBytes(out.resolve(ZUNHUA + ".pdf"))), e.outputs().get("pdf").checksum());
        assertEquals(Checksum.of(Files.readAllBytes(out.resolve(ZUNHUA + ".docx"))), e.outputs().get("docx").checksum());
    }

    @Test
    void twoInputsForTheSameDocumentInOneFolder() throws Exception {
        // 001, 104 and 106 are all 巨鹿县总工会 2024; in one folder they would write the same files.
        Path dup = tmp.resolve("dup");
        copy("001-julu-2024.json", dup, "julu.json");
        copy("104-minimal.json", dup, "julu-copy.json");
        copy("106-paragraph-objects.json", dup, "julu-old.json");
        copy("104-minimal.json", dup, "elsewhere/julu.json"); // another folder: no clash
        Path dupOut = tmp.resolve("dup-out");

        BatchReport r = run(BatchOptions.of(dup, dupOut).withThreads(3)).report();

        // The first in path order wins, whatever the thread timing.
        assertCounts(r, 4, 2, 0, 2);
        assertEquals(List.of("julu-old.json", "julu.json"), failedInputs(r)); // "-" sorts before "."
        assertTrue(message(r, "julu-old.json").contains("julu-copy.json"), message(r, "julu-old.json"));
        Manifest m = ManifestStore.read(dupOut.resolve("manifest.json"));
        assertEquals(Set.of("julu-copy.json", "elsewhere/julu.json"), m.entries().keySet());
        String winner = m.entries().get("julu-copy.json").outputs().get("pdf").checksum();
        assertEquals(winner, Checksum.of(Files.readAllBytes(dupOut.resolve(JULU + ".pdf"))));

        // Next night: the owner keeps its name, the others fail again, nothing is overwritten.
        Map<String, FileTime> before = outputs(dupOut);
        BatchReport again = run(BatchOptions.of(dup, dupOut)).report();
        assertCounts(again, 4, 0, 2, 2);
        assertEquals(before, outputs(dupOut));
    }

    @Test
    void vanishedInputsAreReportedAndRemovedOnlyWithPrune() throws Exception {
        run(options());
        Files.delete(in.resolve("county-a/002-zunhua-2024.json"));

        BatchReport kept = run(options()).report();
        assertEquals(List.of(new BatchReport.Orphan("county-a/002-zunhua-2024.json",
                List.of(ZUNHUA + ".docx", ZUNHUA + ".pdf"), false)), kept.orphans());
        assertTrue(Files.exists(out.resolve(ZUNHUA + ".pdf")));
        assertCounts(kept, 8, 0, 3, 5); // a vanished input is not a failure

        BatchReport pruned = run(options().withPrune(true)).report();
        assertEquals(1, pruned.orphans().size());
        assertTrue(pruned.orphans().get(0).pruned());
        assertFalse(Files.exists(out.resolve(ZUNHUA + ".pdf")));
        assertFalse(Files.exists(out.resolve(ZUNHUA + ".docx")));
        assertTrue(Files.exists(out.resolve(TANGSHAN + ".pdf")));
        assertFalse(ManifestStore.read(out.resolve("manifest.json")).entries().containsKey("county-a/002-zunhua-2024.json"));
        assertEquals(List.of(), run(options()).report().orphans());
    }

    @Test
    void renamedInputKeepsItsOutputsAndARenamedDepartmentReplacesThem() throws Exception {
        run(options());
        // The file moves: the same document comes out, and the old entry is not reported as vanished.
        Files.move(in.resolve("001-julu-2024.json"), in.resolve("julu-moved.json"));
        BatchReport moved = run(options().withPrune(true)).report();
        assertEquals(List.of(), moved.orphans());
        assertTrue(Files.exists(out.resolve(JULU + ".pdf")));

        // The department is renamed: its old files go, the new ones come.
        Path zunhua = in.resolve("county-a/002-zunhua-2024.json");
        Files.writeString(zunhua, Files.readString(zunhua).replace("\"遵化市总工会\"", "\"遵化市总工会机关\""));
        run(options());
        assertFalse(Files.exists(out.resolve(ZUNHUA + ".pdf")));
        assertTrue(Files.exists(out.resolve("county-a/遵化市总工会机关2024年部门预算绩效文本.pdf")));
    }

    @Test
    void hugeInputsAreRefusedUnread() throws Exception {
        Path huge = tmp.resolve("huge");
        Files.createDirectories(huge);
        try (var f = new java.io.RandomAccessFile(huge.resolve("huge.json").toFile(), "rw")) {
            f.setLength(InputProcessor.MAX_INPUT_BYTES + 1); // sparse: costs no disk
        }
        BatchReport r = run(BatchOptions.of(huge, tmp.resolve("huge-out"))).report();
        assertCounts(r, 1, 0, 0, 1);
        assertTrue(message(r, "huge.json").contains("文件过大"), message(r, "huge.json"));
    }

    @Test
    void documentsGetTheUsualPermissionsNotOwnerOnly() throws Exception {
        run(options().withFormats(EnumSet.of(Format.PDF)));
        assertTrue(Files.getPosixFilePermissions(out.resolve(JULU + ".pdf")).containsAll(Set.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ)),
                "a web server or a colleague can read the documents");
    }

    @Test
    void leftoverTemporaryFilesAreClearedAndNeverCountAsOutputs() throws Exception {
        Files.createDirectories(out.resolve("county-a"));
        Files.write(out.resolve("county-a/." + "遵化市总工会2024年部门预算绩效文本.pdf" + "123.partial"), new byte[] {'%', 'P'});
        run(options());
        assertEquals(List.of(), BatchTestSupport.tempFiles(out));
    }

    @Test
    void anotherRunOnTheSameOutputFolderIsRefused() throws Exception {
        Files.createDirectories(out);
        try (OutputDirLock held = OutputDirLock.tryAcquire(out.toRealPath(), Shard.ALL)) {
            BatchSetupException e = assertThrows(BatchSetupException.class, () -> run(options()));
            assertTrue(e.getMessage().contains("另一个批量任务"), e.getMessage());
        }
        assertEquals(1, run(options()).exitCode());
    }

    @Test
    void missingOrOverlappingFoldersAreSetupErrors() {
        BatchSetupException missing = assertThrows(BatchSetupException.class,
                () -> run(BatchOptions.of(tmp.resolve("nope"), out)));
        assertTrue(missing.getMessage().contains("输入文件夹不存在"), missing.getMessage());
        assertThrows(BatchSetupException.class, () -> run(BatchOptions.of(in, in)));
    }

    @Test
    void outputFolderInsideTheInputFolderIsNotReadAsInput() throws Exception {
        Path inner = in.resolve("out");
        run(BatchOptions.of(in, inner));
        BatchReport second = run(BatchOptions.of(in, inner)).report();
        assertCounts(second, 9, 0, 4, 5); // manifest.json and report.json were not taken for inputs
    }

    @Test
    void progressAndCountsAreVisibleWhileRunning() throws Exception {
        Path many = tmp.resolve("many");
        for (int i = 0; i < 12; i++) {
            copyAs("104-minimal.json", many, "d" + i + ".json", "测试部门" + i);
        }
        BatchRun run = new BatchRun(BatchTestSupport.renderer(),
                BatchOptions.of(many, tmp.resolve("many-out")).withFormats(EnumSet.of(Format.PDF)).withThreads(2));
        assertEquals(BatchProgress.NONE, run.progress());
        List<BatchProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        BatchResult result = run.run(seen::add);
        BatchProgress last = seen.get(seen.size() - 1);
        assertEquals(12, last.done());
        assertEquals(12, last.total());
        assertEquals(100.0, last.percent());
        assertEquals(new BatchCounts(12, 12, 0, 0), run.counts());
        assertEquals(12 * 1, result.report().files());
    }

    @Test
    void aCancelledRunStopsEarlyKeepsWhatItDidAndTheNextRunFinishes() throws Exception {
        Path many = tmp.resolve("many");
        int total = 200;
        for (int i = 0; i < total; i++) {
            copyAs("104-minimal.json", many, "d" + i + ".json", "测试部门" + i);
        }
        BatchOptions o = BatchOptions.of(many, tmp.resolve("many-out")).withFormats(EnumSet.of(Format.PDF)).withThreads(1);
        BatchRun run = new BatchRun(BatchTestSupport.renderer(), o);
        // A watcher, not the progress listener: a fast machine renders all 200 before the first progress call.
        Thread watcher = new Thread(() -> {
            while (run.counts().done() < 2) {
                Thread.onSpinWait();
            }
            run.cancel();
        });
        watcher.setDaemon(true);
        watcher.start();
        BatchResult result = run.run(null);
        watcher.join(10_000);
        BatchReport r = result.report();
        assertTrue(r.cancelled());
        assertTrue(r.counts().done() < total, r.counts().toString());
        assertEquals(r.counts().rendered(), ManifestStore.read(result.manifestFile()).entries().size());

        BatchReport next = run(o).report();
        assertFalse(next.cancelled());
        assertCounts(next, total, total - r.counts().rendered(), r.counts().rendered(), 0);
    }

    private List<String> manifestKeys() throws Exception {
        return List.copyOf(ManifestStore.read(out.resolve("manifest.json")).entries().keySet());
    }

    private static String message(BatchReport r, String input) {
        return r.failures().stream().filter(f -> f.input().equals(input)).findFirst().orElseThrow()
                .problems().get(0).message();
    }
}
