package cn.jixiao.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    /** One command's exit code and what it printed. */
    private record Run(int exit, String out, String err) {}

    private static Run review(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] words = new String[args.length + 1];
        words[0] = "review";
        System.arraycopy(args, 0, words, 1, args.length);
        int exit = Cli.run(words, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheFindingsByProjectWithWhereTheyAreAndExitsZeroWithoutErrors() {
        Run r = review(Fixtures.JULU.toString());
        assertEquals(0, r.exit());
        String text = r.out();
        assertTrue(text.startsWith("fixtures/001-julu-2024.json：审核得分 70，0 个错误、36 个警告、1 个提示"), text);
        assertTrue(text.contains("\n  第 1 个项目「公安局辅警工会费」（得分 65）\n"), text);
        assertTrue(text.contains("\n    警告 [value-malformed] /projects/0/indicators/0/value (第 1 个项目 › 第 1 个指标 › 指标值): "
                + "指标值「242人数」中的「人数」不是计量单位，应写作「242人」（Not a unit）\n"), text);
        assertTrue(text.contains("  第 6 个项目「职工书屋租赁费」（得分 84）"), text);
        assertTrue(text.contains("提示 [timeliness-low]"), text);
    }

    @Test
    void anErrorLevelFindingExitsOne() {
        Run r = review("fixtures/107-model-plan.json", "fixtures/review/faults.json");
        assertEquals(1, r.exit());
        String text = r.out();
        assertTrue(text.contains("fixtures/107-model-plan.json：审核得分 100，未发现问题"), text);
        assertTrue(text.contains("fixtures/review/faults.json：审核得分 0，8 个错误"), text);
        assertTrue(text.contains("  部门整体\n    错误 [placeholder] /department/name (部门 › 部门名称)"), text);
    }

    @Test
    void anInvalidPlanIsReportedAsValidateReportsItAndExitsOne() {
        Run r = review("fixtures/invalid/budget-mismatch.json");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("发现 1 个错误，0 个警告\n  错误 /projects/0/budget/total (第 1 个项目 › 预算 › 预算数)"), r.out());
        assertTrue(r.out().contains("fixtures/invalid/budget-mismatch.json：未通过校验，无法审核"), r.out());
        Run missing = review("fixtures/no-such-file.json");
        assertEquals(1, missing.exit());
        assertTrue(missing.out().contains("无法读取文件"), missing.out());
        Run missingJson = review("--json", "fixtures/no-such-file.json");
        assertEquals(1, missingJson.exit());
        assertTrue(missingJson.out().startsWith("{\"file\":\"fixtures/no-such-file.json\",\"valid\":false,\"score\":null,"),
                missingJson.out());
        assertTrue(missingJson.out().contains("无法读取文件"), missingJson.out());
    }

    @Test
    void jsonPrintsOneDocumentALineWithFileScoreAndFindings() throws Exception {
        Run r = review("--json", "fixtures/002-zunhua-2024.json", "fixtures/invalid/malformed-json.json");
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode zunhua = json.readTree(lines.get(0));
        assertEquals("fixtures/002-zunhua-2024.json", zunhua.path("file").asText());
        assertEquals(73, zunhua.path("score").asInt());
        assertEquals(11, zunhua.path("findings").size());
        JsonNode f = zunhua.path("findings").get(0);
        assertEquals(List.of("rule", "severity", "path", "where", "message"), names(f));
        assertEquals("not-refined", f.path("rule").asText());
        assertTrue(zunhua.path("rules").path("not-refined").path("suggestion").asText().contains("三级指标"));
        JsonNode malformed = json.readTree(lines.get(1));
        assertFalse(malformed.path("valid").asBoolean());
        assertTrue(malformed.path("score").isNull());
        assertEquals("validation", malformed.path("findings").get(0).path("rule").asText());
        assertEquals("第 3 行第 3 列", malformed.path("findings").get(0).path("where").asText());
    }

    @Test
    void aVocabularyFileExtendsTheWords(@TempDir Path dir) throws Exception {
        Path extra = Files.writeString(dir.resolve("extra.properties"), "basis.generic-words = 县政府 批示\n");
        Run r = review("--json", "--vocabulary", extra.toString(), Fixtures.JULU.toString());
        assertEquals(0, r.exit());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertTrue(doc.path("rules").has("basis-generic"), "「县政府批示」 is generic now: " + doc.path("counts"));
        Run bad = review("--vocabulary", dir.resolve("missing.properties").toString(), Fixtures.JULU.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--vocabulary"), bad.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, review().exit());
        Run unknown = review("--xml", Fixtures.JULU.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("jixiao-docs review FILE..."), unknown.err());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
