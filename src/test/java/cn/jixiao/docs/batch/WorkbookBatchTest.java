package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.cli.Cli;
import cn.jixiao.docs.workbook.WorkbookFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly batch renders workbooks beside JSON plans, reports a bad one by its cell, and skips lock files. */
class WorkbookBatchTest {

    @TempDir
    Path tmp;

    @Test
    void workbooksAreInputsAndExcelLockFilesAreNot() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/县"));
        Files.write(in.resolve("总工会.xlsx"), WorkbookFiles.example());
        Files.write(in.resolve("预算不平.xlsx"), WorkbookFiles.wrongSum());
        Files.write(in.resolve("~$总工会.xlsx"), new byte[165]); // what Excel leaves while the workbook is open
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"batch", tmp.resolve("in").toString(), tmp.resolve("out").toString(), "--format", "pdf"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, text);
        assertTrue(text.contains("生成 1 份（1 个文件），未变化跳过 0 份，失败 1 份"), text);
        assertTrue(Files.isRegularFile(tmp.resolve("out/县/巨鹿县总工会2024年部门预算绩效文本.pdf")), text);
        String report = Files.readString(tmp.resolve("out/report.json"));
        assertTrue(report.contains("县/预算不平.xlsx") && report.contains("『项目』表第 2 行 D 列（预算数（万元））"), report);
        assertTrue(!report.contains("~$"), report);
    }
}
