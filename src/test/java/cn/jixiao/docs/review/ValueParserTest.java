package cn.jixiao.docs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

    static final ValueParser PARSER = new ValueParser(Vocabulary.bundled().values());

    static IndicatorValue.Quantity quantity(String value) {
        return assertInstanceOf(IndicatorValue.Quantity.class, PARSER.parse(value), value);
    }

    /** value, operator (or empty), number, upper (or empty), unit (or empty), percent. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥95%        | AT_LEAST  | 95    |      | %          | true",
            ">=95%       | AT_LEAST  | 95    |      | %          | true",
            "＞＝95％    | AT_LEAST  | 95    |      | %          | true",
            "≧９５％     | AT_LEAST  | 95    |      | %          | true",
            "不低于95%   | AT_LEAST  | 95    |      | %          | true",
            "完成率达到 95 %| AT_LEAST | 95   |      | %          | true",
            "＞90%       | MORE_THAN | 90    |      | %          | true",
            "> 90%       | MORE_THAN | 90    |      | %          | true",
            "＝100％     | EQUAL     | 100   |      | %          | true",
            "=100%       | EQUAL     | 100   |      | %          | true",
            "＜5%        | LESS_THAN | 5     |      | %          | true",
            "<5%         | LESS_THAN | 5     |      | %          | true",
            "≤13万元     | AT_MOST   | 13    |      | 万元       | false",
            "<=13万元    | AT_MOST   | 13    |      | 万元       | false",
            "不超过5万元 | AT_MOST   | 5     |      | 万元       | false",
            "242人       |           | 242   |      | 人         | false",
            "≥1,200人    | AT_LEAST  | 1200  |      | 人         | false",
            "≥2,000元／户| AT_LEAST  | 2000  |      | 元/户      | false",
            "≤7300元/年  | AT_MOST   | 7300  |      | 元/年      | false",
            "825元/生·年 |           | 825   |      | 元/生·年   | false",
            "≥4.2万人    | AT_LEAST  | 4.2   |      | 万人       | false",
            "≥5118人次   | AT_LEAST  | 5118  |      | 人次       | false",
            "500平方米   |           | 500   |      | 平方米     | false",
            "≥3.2㎞      | AT_LEAST  | 3.2   |      | km         | false",
            "⑫户         |           | 12    |      | 户         | false",
            "3个工作日内 | AT_MOST   | 3     |      | 个工作日   | false",
            "95%以上     | AT_LEAST  | 95    |      | %          | true",
            "5万元以内   | AT_MOST   | 5     |      | 万元       | false",
            "8-10人      |           | 8     | 10   | 人         | false",
            "90%～95%    |           | 90    | 95   | %          | true",
            "≥2个百分点  | AT_LEAST  | 2     |      | 个百分点   | true",
            "≥90%(按年度考核)| AT_LEAST | 90 |      | %          | true",
            "43个单位    |           | 43    |      | 个         | false",
    })
    void readsOperatorNumberAndUnit(String value, String operator, BigDecimal number, BigDecimal upper, String unit,
                                    boolean percent) {
        IndicatorValue.Quantity q = quantity(value);
        assertEquals(operator == null ? null : Operator.valueOf(operator), q.operator(), value);
        assertEquals(0, number.compareTo(q.number()), value);
        assertEquals(upper == null ? null : upper.stripTrailingZeros(), q.upper() == null ? null : q.upper().stripTrailingZeros(), value);
        assertEquals(unit, q.unit() == null ? null : q.unit().text(), value);
        assertEquals(percent, q.percent(), value);
        assertNull(q.measureNoun(), value);
        assertNull(q.trailing(), value);
    }

    @Test
    void aBareNumberHasNoUnit() {
        assertNull(quantity("300").unit());
        assertNull(quantity("≥95").unit());
        assertEquals(Operator.AT_LEAST, quantity("≥95").operator());
    }

    @Test
    void moneyIsCountedInYuan() {
        assertEquals(0, new BigDecimal("130000").compareTo(quantity("≤13万元").yuan()));
        assertEquals(0, new BigDecimal("7300").compareTo(quantity("≤7300元/年").yuan()));
        assertEquals(0, new BigDecimal("86000").compareTo(quantity("≤8.6万元/公里").yuan()));
        assertEquals(0, new BigDecimal("100000").compareTo(quantity("8-10万元").yuan()), "a range counts its upper end");
        assertNull(quantity("242人").yuan());
        assertNull(quantity("≥95%").yuan());
    }

    @Test
    void aMeasureNounWrittenForTheUnitIsNamedWithTheUnitMeant() {
        IndicatorValue.Quantity q = quantity("242人数");
        assertEquals("人数", q.measureNoun());
        assertEquals("人", q.unit().text());
        assertEquals("个数", quantity("43个数").measureNoun());
        assertEquals("人次数", quantity("≥100人次数").measureNoun());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"≥95良 | 良", "≥90完成 | 完成", "100%完成 | 完成", "≥95%的受益人 | 的受益人",
            "≥1个合格 | 合格", "≥242人&<300人 | &<300人"})
    void wordsAfterAValueAreKeptAsTrailing(String value, String trailing) {
        assertEquals(trailing, quantity(value).trailing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12月31日前完成", "年底前完成", "春节前一月底完成", "≤10月31日", "2025年11月30日前", "6月底前",
            "每季度首月底前", "2024-12-31前", "年度内完成"})
    void datesAndDeadlinesAreDeadlines(String value) {
        assertInstanceOf(IndicatorValue.Deadline.class, PARSER.parse(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"按照文件规定的救助标准", "达到目标要求", "≤预算数", "明显提升", "及时"})
    void wordsWithoutANumberAreWords(String value) {
        assertInstanceOf(IndicatorValue.Words.class, PARSER.parse(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥**%", "XX人", "××万元", "≥X%", "**", "＊＊人", "ＸＸ"})
    void maskedNumbersAreMasked(String value) {
        assertInstanceOf(IndicatorValue.Masked.class, PARSER.parse(value), value);
    }

    @Test
    void aLatinXInAWordIsNoMask() {
        assertInstanceOf(IndicatorValue.Words.class, PARSER.parse("Xbox"));
        assertInstanceOf(IndicatorValue.Quantity.class, PARSER.parse("≥3台Xbox"));
    }

    @Test
    void nothingWrittenIsBlank() {
        assertInstanceOf(IndicatorValue.Blank.class, PARSER.parse(null));
        assertInstanceOf(IndicatorValue.Blank.class, PARSER.parse(" \u3000\n"));
    }

    @Test
    void aUnitEndingInALatinLetterDoesNotRunIntoAnother() {
        assertEquals("mg/L", quantity("≤0.3mg/L").unit().text());
        assertEquals("t", quantity("≥5t").unit().text());
        assertTrue(quantity("≥5tons").unit() == null, "「t」 is no unit in 「tons」");
    }
}
