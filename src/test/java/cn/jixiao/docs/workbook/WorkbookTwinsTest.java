package cn.jixiao.docs.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.validation.Validation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each error class of fixtures/invalid/ has a workbook twin: the same plan, as a clerk would have typed it. The twin
 * has exactly the JSON's problems (severity and contract path), and each names the sheet, row and column.
 */
class WorkbookTwinsTest {

    static final ObjectMapper LOOSE = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final Pattern CELL = Pattern.compile("『[^』]+』表第 \\d+ 行 [A-Z]+ 列（[^）]+(）)?）");

    /**
     * The fixtures that map onto the contract records and write as they are; the others need a clerk's edit (a
     * control character cannot be written as XML text: Excel stores it escaped, as the edit below does).
     */
    static List<Path> typedFixtures() {
        Set<String> edited = Set.of("malformed-json.json", "wrong-type.json", "unknown-field.json", "control-character.json");
        return Fixtures.invalid().stream().filter(p -> !edited.contains(p.getFileName().toString())).toList();
    }

    @ParameterizedTest
    @MethodSource("typedFixtures")
    void theTwinHasTheJsonsProblemsAtCells(Path fixture) throws IOException, UnreadableWorkbook {
        Plan plan = LOOSE.readValue(Fixtures.read(fixture), Plan.class);
        Validation v = WorkbookReader.read(WorkbookWriter.write(plan)).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(expected(fixture), paths(v), fixture.toString());
        assertLocated(v);
        assertEquals(expected(fixture).stream().anyMatch(s -> s.startsWith("error")), v.plan() == null, fixture.toString());
    }

    @Test
    void wrongTypesAreReportedAtTheirCells() throws IOException, UnreadableWorkbook {
        Path fixture = Path.of("fixtures/invalid/wrong-type.json");
        ObjectNode json = (ObjectNode) LOOSE.readTree(Fixtures.read(fixture));
        json.put("year", 2024);
        ((ObjectNode) json.at("/projects/0/budget")).put("total", 13);
        byte[] twin = Openpyxl.edit(WorkbookWriter.write(LOOSE.treeToValue(json, Plan.class)), """
                wb['部门信息']['B2'] = '二〇二四'
                wb['项目']['D2'] = '十三'
                """);
        Validation v = WorkbookReader.read(twin).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(expected(fixture), paths(v));
        assertLocated(v);
        assertEquals("『部门信息』表第 2 行 B 列（年度）", v.problems().get(0).where());
        assertEquals("『项目』表第 2 行 D 列（预算数（万元））", v.problems().get(1).where());
    }

    @Test
    void aControlCharacterPastedIntoACellIsReportedThere() throws IOException, UnreadableWorkbook {
        Path fixture = Path.of("fixtures/invalid/control-character.json");
        ObjectNode json = (ObjectNode) LOOSE.readTree(Fixtures.read(fixture));
        ((ObjectNode) json.at("/projects/0")).put("name", "公安局辅警工会费");
        byte[] twin = Openpyxl.edit(WorkbookWriter.write(LOOSE.treeToValue(json, Plan.class)), """
                wb['项目']['B2'] = '公安局辅警_x0007_工会费'
                """);
        Validation v = WorkbookReader.read(twin).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(expected(fixture), paths(v));
        assertEquals("『项目』表第 2 行 B 列（项目名称）", v.problems().get(0).where());
        assertTrue(v.problems().get(0).message().contains("U+0007"), v.problems().get(0).message());
    }

    @Test
    void aRenamedHeaderAndAMistypedLabelAreReportedWithWhatWasMeant() throws IOException, UnreadableWorkbook {
        Plan plan = LOOSE.readValue(Fixtures.read(Path.of("fixtures/invalid/unknown-field.json")), Plan.class);
        byte[] twin = Openpyxl.edit(WorkbookWriter.write(plan), """
                wb['部门信息']['A10'] = '部门名秤'
                wb['部门信息']['B10'] = '巨鹿县总工会'
                wb['绩效指标']['D1'] = '三级指木'
                """);
        Validation v = WorkbookReader.read(twin).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertNull(v.plan());
        assertEquals(2, v.problems().size(), v.problems().toString());
        Problem label = v.problems().get(0);
        assertEquals("『部门信息』表第 10 行 A 列（栏目）", label.where());
        assertTrue(label.message().contains("部门名秤") && label.message().contains("是否应为「部门名称」"), label.message());
        Problem header = v.problems().get(1);
        assertEquals("『绩效指标』表第 1 行 D 列（三级指木）", header.where());
        assertTrue(header.message().contains("是否应为「三级指标」"), header.message());
    }

    @Test
    void aDamagedWorkbookIsTheTwinOfMalformedJson() {
        byte[] xlsx = WorkbookWriter.write(LOOSE.convertValue(LOOSE.createObjectNode(), Plan.class));
        UnreadableWorkbook e = assertThrows(UnreadableWorkbook.class,
                () -> WorkbookReader.read(Arrays.copyOf(xlsx, xlsx.length / 2)));
        assertTrue(e.problem().message().contains("不是有效的 Excel 工作簿"), e.problem().message());
    }

    private static Set<String> expected(Path fixture) throws IOException {
        String name = fixture.getFileName().toString().replace(".json", ".expected.json");
        Set<String> want = new TreeSet<>();
        for (JsonNode e : LOOSE.readTree(fixture.resolveSibling(name).toFile())) {
            want.add(e.get("severity").asText() + " " + e.get("path").asText());
        }
        return want;
    }

    private static Set<String> paths(Validation v) {
        return v.problems().stream().map(p -> p.severity().label() + " " + p.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertLocated(Validation v) {
        for (Problem p : v.problems()) {
            assertTrue(CELL.matcher(p.where()).matches(), "names sheet, row and column: " + p.where() + " " + p);
        }
    }
}
