package cn.jixiao.docs.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCsvTest {

    static final Reviewer REVIEWER = new Reviewer(Vocabulary.bundled());

    @Test
    void aFileStartsWithTheByteOrderMarkAndTheHeaderAndEndsItsLinesWithCrlf() {
        byte[] file = ReviewCsv.summaryFile(List.of());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertEquals("输入文件,部门编码,部门名称,年度,项目数,得分,错误,警告,提示,审核结论\r\n", text);
    }

    @Test
    void aRowAFindingWithTheDepartmentAndTheProject() {
        Review r = REVIEWER.review(Fixtures.read(Fixtures.JULU));
        String rows = ReviewCsv.findingRows("a/001.json", r);
        String[] lines = rows.split("\r\n");
        assertEquals(r.findings().size(), lines.length);
        assertEquals("a/001.json,711001,巨鹿县总工会,2024,1,13052924P005840119077,公安局辅警工会费,not-refined,指标未细化,警告,"
                + "第 1 个项目 › 第 1 个指标 › 绩效指标描述,/projects/0/indicators/0/description,"
                + "绩效指标描述与三级指标「保障人数」相同，没有说明指标的内容和口径（Description repeats the name）", lines[0]);
        assertEquals("a/001.json,711001,巨鹿县总工会,2024,6,70,0,36,1,建议修改\r\n", ReviewCsv.summaryRow("a/001.json", r));
    }

    @Test
    void cellsAreQuotedAndFormulasDisarmed() {
        Review r = PlanEdits.review(p -> PlanEdits.project(p, 0).put("name", "=HYPERLINK(\"x\",\"点我\")")
                .put("purpose", "XX"));
        String row = ReviewCsv.findingRows("in.json", r);
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"x\"\",\"\"点我\"\")\","), row);
    }

    @Test
    void verdictsSayWhatToDo() {
        assertTrue(ReviewCsv.summaryRow("m", REVIEWER.review(Fixtures.read(Fixtures.DIR.resolve("107-model-plan.json")))).endsWith(",100,0,0,0,通过\r\n"));
        assertTrue(ReviewCsv.summaryRow("f", REVIEWER.review(Fixtures.read(Fixtures.DIR.resolve("review/faults.json")))).endsWith(",退回修改\r\n"));
        assertTrue(ReviewCsv.summaryRow("i", REVIEWER.review(Fixtures.read(Fixtures.DIR.resolve("invalid/budget-mismatch.json"))))
                .endsWith(",,1,0,0,未通过校验，无法审核\r\n"));
    }
}
