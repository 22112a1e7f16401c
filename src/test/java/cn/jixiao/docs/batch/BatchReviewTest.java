package cn.jixiao.docs.batch;

import static cn.jixiao.docs.batch.BatchTestSupport.copy;
import static cn.jixiao.docs.batch.BatchTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.review.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch's review.csv and review-summary.csv: every input read, rendered or skipped, in a spreadsheet's terms. */
class BatchReviewTest {

    @TempDir
    Path tmp;
    Path in;
    Path out;

    @BeforeEach
    void inputs() throws Exception {
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        copy("001-julu-2024.json", in, "001-julu-2024.json");
        copy("000-tangshan-lunan-2025.json", in, "county-a/000-tangshan-lunan-2025.json");
        copy("107-model-plan.json", in, "county-a/107-model-plan.json");
        copy("review/faults.json", in, "county-b/faults.json");
        copy("invalid/budget-mismatch.json", in, "county-b/budget-mismatch.json");
    }

    BatchOptions options() { return BatchOptions.of(in, out).withFormats(EnumSet.of(Format.PDF)).withThreads(2); }

    @Test
    void aRowAFindingAndARowADepartmentWithItsScoreReadableByExcel() throws Exception {
        run(options());
        byte[] findings = Files.readAllBytes(out.resolve("review.csv"));
        byte[] summary = Files.readAllBytes(out.resolve("review-summary.csv"));
        for (byte[] file : List.of(findings, summary)) {
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3), "UTF-8 with BOM");
        }

        List<List<String>> s = rows(summary);
        assertEquals(List.of("输入文件", "部门编码", "部门名称", "年度", "项目数", "得分", "错误", "警告", "提示", "审核结论"), s.get(0));
        assertEquals(List.of(
                List.of("001-julu-2024.json", "711001", "巨鹿县总工会", "2024", "6", "70", "0", "36", "1", "建议修改"),
                List.of("county-a/000-tangshan-lunan-2025.json", "711001", "唐山市路南区总工会", "2025", "2", "59", "0", "14", "13", "建议修改"),
                List.of("county-a/107-model-plan.json", "711001", "巨鹿县总工会", "2025", "2", "100", "0", "0", "0", "通过"),
                List.of("county-b/budget-mismatch.json", "", "", "", "", "", "1", "0", "0", "未通过校验，无法审核"),
                List.of("county-b/faults.json", "711002", "XX县总工会", "2025", "2", "0", "8", "23", "5", "退回修改")),
                s.subList(1, s.size()));

        List<List<String>> f = rows(findings);
        assertEquals(List.of("输入文件", "部门编码", "部门名称", "年度", "项目序号", "项目编码", "项目名称", "规则", "规则名称", "级别",
                "位置", "路径", "审核意见"), f.get(0));
        Reviewer reviewer = new Reviewer(Vocabulary.bundled());
        int expected = 0;
        for (String plan : List.of("001-julu-2024.json", "000-tangshan-lunan-2025.json", "107-model-plan.json",
                "review/faults.json", "invalid/budget-mismatch.json")) {
            expected += reviewer.review(Fixtures.read(Fixtures.DIR.resolve(plan))).findings().size();
        }
        assertEquals(expected + 1, f.size(), "a row a finding, after the header");
        assertTrue(f.stream().allMatch(r -> r.size() == 13), "every row has every column");
        assertTrue(f.contains(List.of("001-julu-2024.json", "711001", "巨鹿县总工会", "2024", "1", "13052924P005840119077",
                "公安局辅警工会费", "value-malformed", "指标值书写不规范", "警告", "第 1 个项目 › 第 1 个指标 › 指标值",
                "/projects/0/indicators/0/value", "指标值「242人数」中的「人数」不是计量单位，应写作「242人」（Not a unit）")));
        assertTrue(f.stream().anyMatch(r -> r.get(0).equals("county-b/budget-mismatch.json") && r.get(7).equals("validation")));
        assertTrue(f.stream().anyMatch(r -> r.get(6).isEmpty() && r.get(7).equals("placeholder") && r.get(11).equals("/department/name")),
                "a finding about the plan as a whole has no project");
    }

    @Test
    void anUnchangedRunStillListsEveryInput() throws Exception {
        run(options());
        byte[] first = Files.readAllBytes(out.resolve("review-summary.csv"));
        BatchResult again = run(options());
        assertEquals(4, again.report().counts().skipped());
        assertArrayEquals(first, Files.readAllBytes(out.resolve("review-summary.csv")));
    }

    @Test
    void shardsWriteTheirOwnFilesThatTogetherListEveryInput() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (int k = 0; k < 2; k++) {
            run(options().withShard(new Shard(k, 2)));
            List<List<String>> s = rows(Files.readAllBytes(out.resolve("review-summary-" + k + "-of-2.csv")));
            s.subList(1, s.size()).forEach(r -> listed.add(r.get(0)));
            assertTrue(Files.isRegularFile(out.resolve("review-" + k + "-of-2.csv")));
        }
        assertEquals(Set.of("001-julu-2024.json", "county-a/000-tangshan-lunan-2025.json", "county-a/107-model-plan.json",
                "county-b/budget-mismatch.json", "county-b/faults.json"), listed);
        assertTrue(Files.notExists(out.resolve("review.csv")));
    }

    /** RFC 4180 as the files write it: CRLF lines, quoted cells with doubled quotes; the BOM first. */
    static List<List<String>> rows(byte[] file) {
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertEquals(0, cell.length() + row.size(), "the last line ends with CRLF");
        return rows;
    }
}
