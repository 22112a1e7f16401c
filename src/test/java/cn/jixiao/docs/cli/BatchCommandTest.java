package cn.jixiao.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.batch.BatchCounts;
import cn.jixiao.docs.batch.BatchProgress;
import cn.jixiao.docs.batch.BatchTestSupport;
import cn.jixiao.docs.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void exitZeroWhenAllSucceedOneWhenSomeFail() throws Exception {
        Path in = tmp.resolve("in");
        BatchTestSupport.copy("002-zunhua-2024.json", in, "a/zunhua.json");
        String o = tmp.resolve("out").toString();

        assertEquals(0, cli("batch", in.toString(), o, "--format", "pdf", "--threads", "2"));
        assertTrue(out().contains("批量生成完成：生成 1 份（1 个文件），未变化跳过 0 份，失败 0 份"), out());
        assertTrue(out().contains("报告：" + tmp.resolve("out").toRealPath().resolve("report.json")), out());
        assertTrue(out().contains("审核意见：" + tmp.resolve("out").toAbsolutePath().resolve("review.csv")
                + "（各部门得分：" + tmp.resolve("out").toAbsolutePath().resolve("review-summary.csv") + "）"), out());

        BatchTestSupport.copy("invalid/missing-required.json", in, "b/missing.json");
        assertEquals(1, cli("batch", in.toString(), o, "--format=pdf"));
        assertTrue(out().contains("生成 0 份（0 个文件），未变化跳过 1 份，失败 1 份"), out());
        assertTrue(out().contains("b/missing.json：错误 "), out());
        assertTrue(out().contains("（另有 4 条问题，见报告）"), out());

        assertEquals(0, cli("batch", in.resolve("a").toString(), o, "--format", "pdf", "--prune", "--force"));
        assertTrue(out().contains("已删除其生成的文件"), out());
    }

    @Test
    void usageErrorsExitTwoWithAClearMessageAndNoStackTrace() throws Exception {
        Path in = tmp.resolve("in");
        BatchTestSupport.copy("104-minimal.json", in, "a.json");
        String i = in.toString();
        String o = tmp.resolve("out").toString();
        String[][] cases = {
            {"batch"},
            {"batch", i},
            {"batch", tmp.resolve("missing").toString(), o},
            {"batch", in.resolve("a.json").toString(), o},
            {"batch", i, o, "--shard", "3/2"},
            {"batch", i, o, "--shard", "two"},
            {"batch", i, o, "--threads", "0"},
            {"batch", i, o, "--threads", "many"},
            {"batch", i, o, "--format", "odt"},
            {"batch", i, o, "--frobnicate"},
            {"batch", i, i},
        };
        String[] expected = {"INPUT_DIR", "INPUT_DIR", "输入文件夹不存在", "不是文件夹", "--shard 应为 K/N", "--shard 应为 K/N",
            "--threads 应为 1 至 256", "--threads 应为 1 至 256", "格式「odt」未知", "unknown option", "不能与输入文件夹相同"};
        for (int c = 0; c < cases.length; c++) {
            assertEquals(2, cli(cases[c]), String.join(" ", cases[c]));
            assertTrue(err().contains("参数错误") && err().contains(expected[c]), String.join(" ", cases[c]) + ": " + err());
            assertTrue(err().contains("用法"), err());
            assertFalse((err() + out()).contains("Exception") || (err() + out()).contains("\tat "), err());
        }
    }

    /**
     * The real command in its own process on a pseudo-terminal (util-linux {@code script}), and the same with its
     * output going to a file: the bar only on the terminal.
     */
    @Test
    void theBarShowsOnARealTerminalAndNotInAFile(@TempDir Path in, @TempDir Path out) throws Exception {
        java.nio.file.Files.copy(cn.jixiao.docs.Fixtures.JULU, in.resolve("julu.json"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String batch = String.join(" ", javaBin, "-cp", System.getProperty("java.class.path"), "cn.jixiao.docs.Main",
                "batch", in.toString(), out.resolve("a").toString(), "--format", "pdf");
        Process onTerminal = new ProcessBuilder("script", "-qec", batch, "/dev/null").redirectErrorStream(true).start();
        String shown = new String(onTerminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(onTerminal.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, onTerminal.exitValue(), shown);
        assertTrue(shown.contains("\r[##############################] 1/1（100.0%）"), shown);

        Path log = out.resolve("batch.log");
        Process inALog = new ProcessBuilder("sh", "-c", batch.replace(out.resolve("a").toString(), out.resolve("b").toString())
                + " > " + log + " 2>&1 < /dev/null").start();
        assertTrue(inALog.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        String logged = java.nio.file.Files.readString(log);
        assertEquals(0, inALog.exitValue(), logged);
        assertFalse(logged.contains("\r") || logged.contains("[###"), logged);
        assertTrue(logged.contains("批量生成完成"), logged);
    }

    @Test
    void progressIsABarOnATerminalAndLinesInALog() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressPrinter bar = new ProgressPrinter(ps, true, () -> new BatchCounts(4, 1, 0, 0));
        bar.accept(BatchProgress.of(new BatchCounts(4, 1, 0, 0), 2));
        bar.accept(BatchProgress.of(new BatchCounts(4, 2, 0, 0), 3));
        bar.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r[#######"), shown);
        assertTrue(shown.contains("2/4（50.0%）") && shown.contains("预计剩余 0:00:03"), shown);
        assertTrue(shown.endsWith("\n"), shown);

        bytes.reset();
        ProgressPrinter log = new ProgressPrinter(ps, false, () -> new BatchCounts(4, 1, 0, 0));
        log.accept(BatchProgress.of(new BatchCounts(4, 1, 0, 0), 1));
        log.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "no carriage returns, and a line only every few seconds");
    }

    @Test
    void progressArithmetic() {
        BatchProgress p = BatchProgress.of(new BatchCounts(10, 2, 1, 1), 2);
        assertEquals(4, p.done());
        assertEquals(40.0, p.percent());
        assertEquals(2.0, p.inputsPerSecond());
        assertEquals(3.0, p.etaSeconds());
        assertNull(BatchProgress.of(new BatchCounts(10, 0, 0, 0), 0).etaSeconds());
        assertEquals(0.0, BatchProgress.of(new BatchCounts(0, 0, 0, 0), 0).etaSeconds());
        assertEquals(100.0, BatchProgress.of(new BatchCounts(0, 0, 0, 0), 0).percent());
    }
}
