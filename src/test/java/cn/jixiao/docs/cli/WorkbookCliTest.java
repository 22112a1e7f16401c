package cn.jixiao.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.validation.Validator;
import cn.jixiao.docs.workbook.HostileFiles;
import cn.jixiao.docs.workbook.WorkbookFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with workbooks: xlsx and json convert, validate and render take .xlsx as they take .json. */
class WorkbookCliTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    @Test
    void xlsxThenJsonGivesBackThePlan() throws Exception {
        Path xlsx = tmp.resolve("巨鹿县.xlsx");
        assertEquals(0, run("xlsx", Fixtures.JULU.toString(), "-o", xlsx.toString()), out());
        assertTrue(out().contains("已生成 " + xlsx), out());
        assertEquals(0, run("json", xlsx.toString()), out());
        Path json = tmp.resolve("巨鹿县.json");
        assertTrue(out().contains("已生成 " + json), "beside the input by default: " + out());
        assertEquals(TestRendering.plan(Fixtures.JULU), Validator.validate(Files.readAllBytes(json)).plan());
    }

    @Test
    void xlsxRefusesAPlanWithErrorsAndSaysWhy() {
        assertEquals(1, run("xlsx", "fixtures/invalid/budget-mismatch.json", "-o", tmp.resolve("x.xlsx").toString()));
        assertTrue(out().contains("/projects/0/budget/total (第 1 个项目 › 预算 › 预算数)"), out());
        assertTrue(!Files.exists(tmp.resolve("x.xlsx")));
    }

    @Test
    void jsonWritesWhatWasReadEvenWithProblemsAndExitsOne() throws Exception {
        Path wrong = tmp.resolve("预算不平.xlsx");
        Files.write(wrong, WorkbookFiles.wrongSum());
        assertEquals(1, run("json", wrong.toString(), "-o", tmp.resolve("read.json").toString()));
        assertTrue(out().contains("/projects/0/budget/total (『项目』表第 2 行 D 列（预算数（万元））)"), out());
        assertTrue(Files.readString(tmp.resolve("read.json")).contains("\"total\" : 20"), Files.readString(tmp.resolve("read.json")));
    }

    @Test
    void validateAndRenderTakeWorkbooks() throws Exception {
        Path good = tmp.resolve("example.xlsx");
        Path wrong = tmp.resolve("wrong.xlsx");
        Path old = tmp.resolve("old.et");
        Files.write(good, WorkbookFiles.example());
        Files.write(wrong, WorkbookFiles.wrongSum());
        Files.write(old, HostileFiles.xls());
        assertEquals(1, run("validate", good.toString(), wrong.toString(), old.toString()));
        assertTrue(out().contains(good + "：通过校验，没有错误"), out());
        assertTrue(out().contains("『项目』表第 2 行 D 列（预算数（万元））"), out());
        assertTrue(out().contains("旧版 Excel（.xls）或 WPS 表格（.et）"), out());

        assertEquals(0, run("render", good.toString(), "-o", tmp.resolve("docs").toString(), "--format", "pdf"), out());
        assertTrue(Files.isRegularFile(tmp.resolve("docs/巨鹿县总工会2024年部门预算绩效文本.pdf")), out());
        assertEquals(1, run("render", wrong.toString(), "-o", tmp.resolve("docs2").toString()));
        assertTrue(!Files.exists(tmp.resolve("docs2")));
    }
}
