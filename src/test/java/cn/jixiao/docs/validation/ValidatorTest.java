package cn.jixiao.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final String BASE = """
            {"year": 2024, "department": {"code": "711001", "name": "某县总工会"},
             "projects": [{"code": "P1", "name": "项目", "budget": {"total": %s, "fiscal": %s},
               "indicators": [%s]}]}""";
    private static final String INDICATOR = """
            {"level1": "%s", "level2": "%s", "level3": "x"}""";

    private static Validation validate(String total, String fiscal, String indicators) {
        return Validator.validate(BASE.formatted(total, fiscal, indicators));
    }

    @Test
    void pathsReadAsWordsAClerkRecognises() {
        assertEquals("第 3 个项目 › 预算 › 预算数", PathLabels.describe("/projects/2/budget/total", Messages.get()));
        assertEquals("第 1 个项目 › 第 2 个指标 › 二级指标",
                PathLabels.describe("/projects/0/indicators/1/level2", Messages.get()));
        assertEquals("部门 › 部门名称", PathLabels.describe("/department/name", Messages.get()));
    }

    @Test
    void unknownFieldSuggestsTheNearestKnownName() {
        Validation v = Validator.validate("""
                {"year": 2024, "department": {"code": "1", "nmae": "x", "name": "y"}, "projects": []}""");
        Problem p = v.errors().get(0);
        assertEquals("/department/nmae", p.path());
        assertTrue(p.message().contains("「name」"), p.message());
    }

    @Test
    void moneyIsRoundedHalfUpToTwoDecimalsWithAWarning() {
        Validation v = validate("13.005", "13.005", INDICATOR.formatted("产出指标", "数量指标"));
        assertEquals(2, v.warnings().size());
        Plan.Budget b = v.plan().projects().get(0).budget();
        assertEquals(new BigDecimal("13.01"), b.total());
        assertEquals(new BigDecimal("13.01"), b.fiscal());
    }

    @Test
    void indicatorsAreSortedIntoFrameworkOrderKeepingInputOrderInsideAGroup() {
        String indicators = String.join(",",
                INDICATOR.formatted("满意度指标", "服务对象满意度指标"),
                INDICATOR.formatted("成本指标", "经济成本指标"),
                INDICATOR.formatted("产出指标", "时效指标").replace("\"x\"", "\"a\""),
                INDICATOR.formatted("效益指标", "社会效益指标"),
                INDICATOR.formatted("产出指标", "数量指标"),
                INDICATOR.formatted("产出指标", "时效指标").replace("\"x\"", "\"b\""));
        Validation v = validate("1", "1", indicators);
        List<String> order = v.plan().projects().get(0).indicators().stream()
                .map(i -> i.level2() + (i.level3().equals("x") ? "" : i.level3())).toList();
        assertEquals(List.of("数量指标", "时效指标a", "时效指标b", "社会效益指标", "服务对象满意度指标", "经济成本指标"), order);
    }

    @Test
    void defaultsAreFilledFromTheDepartment() {
        Plan p = Validator.validate(Fixtures.read(Fixtures.DIR.resolve("104-minimal.json"))).plan();
        assertEquals(p.department().name(), p.preparedBy());
        assertEquals(p.department().name(), p.department().unitLabel());
        assertEquals(p.department().unitLabel(), p.projects().get(0).unitLabel());
    }

    @Test
    void windowsLineEndsAreAcceptedButOtherControlCharactersAreNot() {
        String ok = BASE.formatted("1", "1", INDICATOR.formatted("产出指标", "数量指标")).replace("\"项目\"", "\"a\\r\\nb\"");
        assertEquals(List.of(), Validator.validate(ok).problems());
        String bad = BASE.formatted("1", "1", INDICATOR.formatted("产出指标", "数量指标")).replace("\"项目\"", "\"a\\rb\"");
        assertEquals("/projects/0/name", Validator.validate(bad).errors().get(0).path());
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() {
        Validation v = validate("-1", "\"x\"", INDICATOR.formatted("产出", "数量指标") + "," + INDICATOR.formatted("产出指标", "满意"));
        List<String> paths = v.errors().stream().map(Problem::path).sorted().toList();
        assertEquals(List.of("/projects/0/budget/fiscal", "/projects/0/budget/total",
                "/projects/0/indicators/0/level1", "/projects/0/indicators/1/level2"), paths);
    }

    @Test
    void emptyAndNonObjectInputsAreErrorsNotExceptions() {
        assertEquals("", Validator.validate("").errors().get(0).path());
        assertEquals("", Validator.validate("[1,2]").errors().get(0).path());
        assertEquals(1, Validator.validate("{} {}").errors().size());
    }
}
