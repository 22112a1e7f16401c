package cn.jixiao.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    @TempDir
    Path dir;

    private static List<Document.Paragraph> paragraphs(Document doc) {
        List<Document.Paragraph> out = new ArrayList<>();
        for (Document.Section s : doc.sections()) {
            for (Document.Block b : s.blocks()) {
                if (b instanceof Document.Paragraph p) {
                    out.add(p);
                } else if (b instanceof Document.Table t) {
                    t.rows().forEach(r -> r.cells().forEach(c -> out.addAll(c.paragraphs())));
                }
            }
        }
        return out;
    }

    @Test
    void theDefaultTemplateBuildsCoverTocBodyAndOneTablePairPerProject() {
        Plan plan = TestRendering.plan(Fixtures.JULU);
        Document doc = TestRendering.TEMPLATES.render(plan);
        assertEquals(3, doc.sections().size());
        assertFalse(doc.sections().get(0).numbered());
        assertTrue(doc.sections().get(1).blocks().stream().anyMatch(b -> b instanceof Document.Toc));
        assertTrue(doc.sections().get(2).numbered());
        long tables = doc.sections().get(2).blocks().stream().filter(b -> b instanceof Document.Table).count();
        assertEquals(2L * plan.projects().size(), tables);
        List<String> texts = paragraphs(doc).stream().map(Document.Paragraph::plainText).toList();
        assertTrue(texts.contains("（草案）"));
        assertTrue(texts.contains("巨鹿县财政局审核"));
        assertTrue(texts.contains("1.公安局辅警工会费绩效目标表"));
        assertTrue(texts.contains("711001 巨鹿县总工会 单位：万元"));
        assertTrue(texts.contains("13.00"), "money printed with two decimals");
        assertTrue(texts.contains("100%"));
    }

    @Test
    void aTitleNameOrGoalTypedWithItsOwnNumberIsNotNumberedAgain() throws IOException {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Fixtures.read(Fixtures.JULU));
        var subGoals = (com.fasterxml.jackson.databind.node.ArrayNode) json.at("/overview/subGoals");
        ((com.fasterxml.jackson.databind.node.ObjectNode) subGoals.get(0)).put("title", "1、落实劳模荣誉津贴");
        ((com.fasterxml.jackson.databind.node.ObjectNode) subGoals.get(1)).put("title", "（二）县直单位工会经费");
        ((com.fasterxml.jackson.databind.node.ObjectNode) subGoals.get(2)).put("title", "2024年困难职工帮扶");
        var goals = ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/projects/0")).putArray("goals");
        goals.add("1.保障公安辅警队伍稳定性").add("提高职工积极性").add("2.5万元用于慰问");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/projects/1")).put("name", "2、困难职工帮扶");
        Plan plan = cn.jixiao.docs.validation.Validator.validate(json.toString().getBytes(StandardCharsets.UTF_8)).plan();
        List<String> texts = paragraphs(TestRendering.TEMPLATES.render(plan)).stream().map(Document.Paragraph::plainText).toList();
        assertTrue(texts.contains("1、落实劳模荣誉津贴"), texts.toString());
        assertTrue(texts.contains("（二）县直单位工会经费"), texts.toString());
        assertTrue(texts.contains("3、2024年困难职工帮扶"), "a year is no list number: " + texts);
        assertTrue(texts.contains("4、" + plan.overview().subGoals().get(3).title()), texts.toString());
        assertTrue(texts.contains("1.保障公安辅警队伍稳定性"), texts.toString());
        assertTrue(texts.contains("2.提高职工积极性"), texts.toString());
        assertTrue(texts.contains("3.2.5万元用于慰问"), "a decimal is no list number: " + texts);
        assertTrue(texts.contains("2、困难职工帮扶绩效目标表"), texts.toString());
        assertTrue(texts.contains("1." + plan.projects().get(0).name() + "绩效目标表"), texts.toString());
    }

    @Test
    void indicatorLevelsAreMergedDownTheirRows() {
        Document doc = TestRendering.TEMPLATES.render(TestRendering.plan(Fixtures.JULU));
        Document.Table indicators = (Document.Table) doc.sections().get(2).blocks().stream()
                .filter(b -> b instanceof Document.Table t && t.rows().get(0).header()).findFirst().orElseThrow();
        Document.Cell level1 = indicators.rows().get(1).cells().get(0);
        assertEquals("产出指标", level1.paragraphs().get(0).plainText());
        assertEquals(4, level1.rowSpan());
        assertTrue(level1.repeatLabel());
        assertEquals(6, indicators.rows().get(1).cells().size());
        assertEquals(5, indicators.rows().get(2).cells().size(), "level1 covered by the merge, level2 starts again");
    }

    @Test
    void specialCharactersArriveAsTextNotMarkup() {
        Document doc = TestRendering.TEMPLATES.render(TestRendering.plan(Fixtures.DIR.resolve("102-special-characters.json")));
        assertTrue(paragraphs(doc).stream().anyMatch(p -> p.plainText().contains("<b>&\"'</b>")));
    }

    @Test
    void aTemplateFolderChangesTheWordingWithoutARebuild() throws IOException {
        Path set = Files.createDirectories(dir.resolve("default"));
        String original = Files.readString(Path.of("templates/default/document.ftlx"), StandardCharsets.UTF_8);
        Files.writeString(set.resolve("document.ftlx"), original.replace("编制</p>", "编印</p>"), StandardCharsets.UTF_8);
        TemplateEngine engine = TemplateEngine.fromDirectory(dir);
        Document doc = engine.render(TestRendering.plan(Fixtures.JULU));
        assertTrue(paragraphs(doc).stream().anyMatch(p -> p.plainText().equals("巨鹿县总工会编印")));
        assertTrue(engine.hasSet("default"));
        assertFalse(engine.hasSet("../etc"), "set names cannot leave the folder");
        assertFalse(engine.fingerprint().equals(TestRendering.TEMPLATES.fingerprint()));
    }

    @Test
    void templatesCannotCreateObjectsOrReachTheJavaApi() throws IOException {
        Path set = Files.createDirectories(dir.resolve("evil"));
        Files.writeString(set.resolve("document.ftlx"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", StandardCharsets.UTF_8);
        Path api = Files.createDirectories(dir.resolve("api"));
        Files.writeString(api.resolve("document.ftlx"), "${year?api.getClass()}", StandardCharsets.UTF_8);
        TemplateEngine engine = TemplateEngine.fromDirectory(dir);
        Plan plan = TestRendering.plan(Fixtures.JULU);
        Plan evil = new Plan(plan.year(), plan.department(), null, null, null, "evil", plan.overview(), plan.projects());
        Plan viaApi = new Plan(plan.year(), plan.department(), null, null, null, "api", plan.overview(), plan.projects());
        assertThrows(TemplateEngine.TemplateFailure.class, () -> engine.render(evil));
        assertThrows(TemplateEngine.TemplateFailure.class, () -> engine.render(viaApi));
    }
}
