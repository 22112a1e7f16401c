package cn.jixiao.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs made to hurt: numbers with enormous exponents, broken characters, oversized names, deep nesting, and the
 * syntax errors a clerk makes with a Chinese keyboard. Each is a located problem, decided in far less than the
 * time limit here (a guard against expanding a number, not a speed test).
 */
class HostileInputTest {

    private static final Duration NOT_HANGING = Duration.ofSeconds(5);
    private static final String PLAN = """
            {"year": 2024, "department": {"code": "711001", "name": %s},
             "projects": [{"code": "P1", "name": "项目", "budget": {"total": %s, "fiscal": %s},
               "spendingPlan": {"march": %s},
               "indicators": [{"level1": "产出指标", "level2": "数量指标", "level3": "x"}]}]}""";

    private static Validation plan(String name, String total, String fiscal, String march) {
        byte[] json = PLAN.formatted(name, total, fiscal, march).getBytes(StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(NOT_HANGING, () -> Validator.validate(json, TestRendering.RENDERER.deployment()));
    }

    private static Problem only(Validation v, String path) {
        List<Problem> at = v.errors().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, at.size(), v.problems().toString());
        return at.get(0);
    }

    @Test
    void hugeExponentsAreProblemsAtTheirPathWithoutExpandingTheNumber() {
        assertTrue(only(plan("\"x\"", "1e10000000", "1", "null"), "/projects/0/budget/total").message()
                .contains("1E+10000000"));
        assertTrue(only(plan("\"x\"", "1e999999999", "1e999999999", "null"), "/projects/0/budget/fiscal").message()
                .contains("12"));
        only(plan("\"x\"", "1e100000", "1", "null"), "/projects/0/budget/total");
        only(plan("\"x\"", "1", "1", "1e10000000"), "/projects/0/spendingPlan/march");
        Problem tiny = only(plan("\"x\"", "1", "1", "1e-999999999"), "/projects/0/spendingPlan/march");
        assertTrue(tiny.message().contains("小数位数过多"), tiny.message());
        only(plan("\"x\"", "0.1e-30", "1", "null"), "/projects/0/budget/total");
    }

    @Test
    void theLargestAmountAndZeroWithAnyExponentAreFine() {
        Validation v = plan("\"x\"", "999999999999.99", "999999999999.99", "0e-999999999");
        assertTrue(v.valid(), v.problems().toString());
        assertEquals(new BigDecimal("999999999999.99"), v.plan().projects().get(0).budget().total());
        assertEquals(0, v.plan().projects().get(0).spendingPlan().march().signum());
        only(plan("\"x\"", "1000000000000", "1000000000000", "null"), "/projects/0/budget/total");
    }

    @Test
    void percentagesWithMoreThanTwoDecimalsAreRoundedWithAWarning() {
        Validation v = plan("\"x\"", "1", "1", "33.3333");
        assertTrue(v.valid(), v.problems().toString());
        assertEquals(new BigDecimal("33.33"), v.plan().projects().get(0).spendingPlan().march());
        assertTrue(v.warnings().stream().anyMatch(p -> p.path().equals("/projects/0/spendingPlan/march")
                && p.message().contains("33.33")), v.problems().toString());
    }

    @Test
    void loneSurrogatesAndNoncharactersAreProblemsAtTheirPath() {
        assertTrue(only(plan("\"巨鹿\\ud800县\"", "1", "1", "null"), "/department/name").message().contains("U+D800"));
        assertTrue(only(plan("\"\\udc00\"", "1", "1", "null"), "/department/name").message().contains("第 1 个字符"));
        assertTrue(only(plan("\"x\\uffff\"", "1", "1", "null"), "/department/name").message().contains("U+FFFF"));
        assertTrue(only(plan("\"x\\ufdd0\"", "1", "1", "null"), "/department/name").message().contains("U+FDD0"));
        // A pair is one character, outside the BMP: fine.
        assertTrue(plan("\"\\ud842\\udfb7林县\"", "1", "1", "null").valid());
    }

    @Test
    void namesHaveTwoHundredCharactersAtMost() {
        assertTrue(plan("\"" + "县".repeat(Limits.MAX_NAME) + "\"", "1", "1", "null").valid());
        Problem p = only(plan("\"" + "县".repeat(Limits.MAX_NAME + 1) + "\"", "1", "1", "null"), "/department/name");
        assertTrue(p.message().contains("201") && p.message().contains("200"), p.message());
    }

    @Test
    void anUnknownTemplateIsAValidationErrorForTheDeploymentThatRendersIt() {
        byte[] json = "{\"year\": 2024, \"department\": {\"code\": \"1\", \"name\": \"x\"}, \"template\": \"fancy\"}"
                .getBytes(StandardCharsets.UTF_8);
        Problem p = only(Validator.validate(json, TestRendering.RENDERER.deployment()), "/template");
        assertTrue(p.message().contains("「fancy」") && p.message().contains("default"), p.message());
        assertTrue(Validator.validate(json).valid(), "the contract alone knows no template sets");
    }

    @Test
    void aCharacterNoFontDrawsIsAWarningNamingItsFieldAndTheCharacter() {
        int emoji = 0x1F600;
        assertEquals(Deployment.Glyph.MISSING, TestRendering.RENDERER.deployment().glyph(emoji),
                "the bundled fonts have no emoji; pick another character if they ever do");
        Validation v = plan("\"巨鹿县😀\"", "1", "1", "null");
        assertTrue(v.valid());
        List<Problem> warnings = v.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("/department/name", warnings.get(0).path());
        assertTrue(warnings.get(0).message().contains("「😀」(U+1F600)"), warnings.get(0).message());
        assertEquals("部门 › 部门名称", warnings.get(0).where());
    }

    // ---- syntax errors: Chinese, one position, the character shown, no echo of the body ----

    private static Problem malformed(String json) {
        return malformed(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem malformed(byte[] json) {
        Validation v = assertTimeoutPreemptively(NOT_HANGING, () -> Validator.validate(json));
        assertFalse(v.valid());
        Problem p = v.errors().get(0);
        assertEquals(1, v.errors().size(), v.errors().toString());
        assertNotNull(p.line(), p.toString());
        assertFalse(p.message().matches(".*(Source|line:|column:|Unexpected|code \\d+).*"), p.message());
        return p;
    }

    @Test
    void aFullWidthCommaIsShownAsItIsAtItsLineAndColumn() {
        Problem p = malformed("{\n  \"year\": 2024，\n  \"department\": {}\n}");
        assertEquals(2, p.line());
        assertEquals(15, p.column());
        assertTrue(p.message().contains("此处的「，」是全角逗号，JSON 中应为半角「,」"), p.message());
        assertEquals("错误 / 第 2 行第 15 列: " + p.message(), p.describe(Messages.get()));
        assertTrue(malformed("{\"year\"：2024}").message().contains("「：」是全角冒号"));
        assertTrue(malformed("{\"year\": “2024”}").message().contains("「“」是中文左引号"));
    }

    @Test
    void otherSyntaxErrorsSayWhatIsMissingInChinese() {
        Problem missingComma = malformed("{\"year\": 2024\n \"department\": {}}");
        assertEquals(2, missingComma.line());
        assertEquals(2, missingComma.column());
        assertTrue(missingComma.message().contains("缺少半角逗号"), missingComma.message());
        Problem end = malformed("{\"year\": 2024, \"projects\": [");
        assertTrue(end.message().contains("意外结束"), end.message());
        assertTrue(malformed("{\"year\": 2024,}").message().contains("多了一个逗号"));
        assertTrue(malformed("{year: 2024}").message().contains("双引号"));
        Problem token = malformed("{\"year\": tru}");
        assertTrue(token.message().contains("「tru」"), token.message());
        assertEquals(10, token.column());
        assertTrue(malformed("{\"a\": 1, \"a\": 2}").message().contains("「a」重复"));
        assertTrue(malformed("{\"year\": \"a\nb\"}").message().contains("\\n"));
        assertTrue(malformed("{\"year\": 2024} x").message().contains("多余"));
    }

    @Test
    void nestingAndNumberLengthBeyondTheParsersLimitsHaveAPositionToo() {
        Problem deep = malformed("[".repeat(1001));
        assertEquals(1, deep.line());
        assertTrue(deep.message().contains("1000 层"), deep.message());
        Problem longNumber = malformed("{\"year\": " + "9".repeat(1001) + "}");
        assertTrue(longNumber.message().contains("1000 位"), longNumber.message());
    }

    @Test
    void aPlanSavedAsGbkGetsTheAdviceToSaveItAsUtf8() {
        Problem p = malformed("{\"year\": 2024, \"department\": {\"name\": \"巨鹿县\"}}".getBytes(Charset.forName("GBK")));
        assertTrue(p.message().contains("GBK") && p.message().contains("UTF-8"), p.message());
        assertEquals(1, p.line());
        assertEquals(40, p.column());
        Problem latin1 = malformed(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'});
        assertTrue(latin1.message().contains("UTF-8"), latin1.message());
        assertFalse(latin1.message().contains("GBK"), latin1.message());
    }

    @Test
    void aPlanCutOffInsideACharacterIsShortNotMisencoded() {
        String before = "{\"year\": 2024, \"department\": {\"name\": \"巨鹿县";
        byte[] whole = (before + "总工会\"}}").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(whole, "总");
        // 总 is three bytes: a body that ends after its first or second has lost the rest of the plan.
        for (int cut = at + 1; cut <= at + 2; cut++) {
            Problem p = malformed(java.util.Arrays.copyOf(whole, cut));
            assertTrue(p.message().contains("意外结束"), cut + ": " + p.message());
            assertFalse(p.message().contains("UTF-8"), p.message());
            assertEquals(1, p.line());
            assertEquals(before.length() + 1, p.column(), "at the unfinished character");
        }
        // The same two bytes with more after them are a wrong encoding, as before.
        byte[] broken = whole.clone();
        broken[at + 2] = ' ';
        assertTrue(malformed(broken).message().contains("UTF-8"));
    }

    private static int indexOf(byte[] bytes, String s) {
        byte[] needle = s.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theMessagesNeverRepeatTheBody() {
        String secret = "机密的部门名称".repeat(10);
        Problem p = malformed("{\"department\": {\"name\": \"" + secret + "\"，}}");
        assertFalse(p.message().contains("机密"), p.message());
        assertNull(Validator.validate("{}").errors().stream().filter(e -> e.line() != null).findFirst().orElse(null));
    }
}
