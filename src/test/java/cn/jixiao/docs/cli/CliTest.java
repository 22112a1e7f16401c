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

    /** What render will refuse, validate refuses first, with the same message: here an unknown template set. */
    @Test
    void validateAndRenderGiveTheSameAnswer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path plan = dir.resolve("fancy.json");
        java.nio.file.Files.writeString(plan, java.nio.file.Files.readString(Fixtures.JULU).replaceFirst("\\{",
                "{\"template\": \"fancy\","));
        assertEquals(1, run("validate", plan.toString()));
        String validated = out();
        out.reset();
        assertEquals(1, run("render", plan.toString(), "-o", dir.toString()));
        assertEquals(validated, out());
        assertTrue(validated.contains("/template") && validated.contains("「fancy」"), validated);
    }

    static java.util.stream.Stream<java.nio.file.Path> everyFixture() {
        return java.util.stream.Stream.concat(Fixtures.valid().stream(), Fixtures.invalid().stream());
    }

    /**
     * For every valid and invalid fixture, validate and render exit alike and print the same problems, word for word
     * (render prints them only when there are any, and then what it wrote).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyFixture")
    void validateAndRenderAgreeOnEveryFixture(java.nio.file.Path fixture, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        int validated = run("validate", fixture.toString());
        java.util.List<String> validateProblems = problemLines(out());
        out.reset();
        int rendered = run("render", fixture.toString(), "--format", "pdf", "-o", dir.toString());
        assertEquals(validated, rendered, out());
        assertEquals(validateProblems, problemLines(out()));
    }

    private static java.util.List<String> problemLines(String output) {
        return output.lines().filter(l -> l.startsWith("  ")).toList();
    }

    /** 200 characters is a name the contract allows; the file name is shortened to what a file system takes. */
    @Test
    void aLongDepartmentNameRendersUnderAShortenedFileName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path plan = dir.resolve("long.json");
        java.nio.file.Files.writeString(plan, java.nio.file.Files.readString(Fixtures.JULU)
                .replace("\"name\": \"巨鹿县总工会\"", "\"name\": \"" + "县".repeat(200) + "\""));
        assertEquals(0, run("render", plan.toString(), "-o", dir.toString(), "--format", "pdf"), out());
        try (var files = java.nio.file.Files.list(dir)) {
            String name = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pdf")).findFirst().orElseThrow();
            assertTrue(name.startsWith("县县县") && name.contains("…2024年部门预算绩效文本"), name);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        }
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
