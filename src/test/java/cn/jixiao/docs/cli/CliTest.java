package cn.jixiao.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    @Test
    void validateExitsZeroForGoodFiles() {
        assertEquals(0, run("validate", Fixtures.JULU.toString(), "fixtures/000-tangshan-lunan-2025.json"));
        assertTrue(out().contains("001-julu-2024.json：通过校验"), out());
    }

    @Test
    void validateExitsOneAndPrintsEveryProblemWithItsLocation() {
        assertEquals(1, run("validate", Fixtures.JULU.toString(), "fixtures/invalid/missing-required.json"));
        String text = out();
        assertTrue(text.contains("发现 5 个错误"), text);
        assertTrue(text.contains("/projects/0/budget/total (第 1 个项目 › 预算 › 预算数)"), text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertEquals(1, run("validate", "fixtures/invalid/malformed-json.json"));
        assertTrue(out().contains("第 3 行第 3 列"), out());
    }

    @Test
    void unreadableFileIsAnErrorNotACrash() {
        assertEquals(1, run("validate", "fixtures/no-such-file.json"));
        assertTrue(out().contains("无法读取文件"), out());
    }

    @Test
    void aProcessWithoutAnyLocaleStillWritesChineseFileNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.jixiao.docs.Main", "render", Fixtures.JULU.toString(),
                "-o", dir.toString(), "--format", "pdf").redirectErrorStream(true);
        pb.environment().clear(); // as under cron or in a bare container: no LANG, no LC_ALL
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("巨鹿县总工会2024年部门预算绩效文本.pdf")), output);
        assertTrue(output.contains("已生成"), "messages print as Chinese, not ???: " + output);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("render", Fixtures.JULU.toString(), "--format", "odt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("用法"));
    }
}
