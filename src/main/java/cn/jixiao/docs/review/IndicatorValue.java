package cn.jixiao.docs.review;

import java.math.BigDecimal;

/**
 * What a 指标值 says, as {@link ValueParser} reads it. The same shapes serve a contract version with structured
 * indicator fields (operator, number, unit): such a value is a {@link Quantity} from the start.
 */
public sealed interface IndicatorValue {

    /** Nothing written. */
    record Blank() implements IndicatorValue {}

    /** A number a template masked and nobody filled in: 「≥**%」「XX人」. */
    record Masked(String text) implements IndicatorValue {}

    /** A date or a deadline: 「12月31日前完成」「年底前」「≤10月31日」. */
    record Deadline(String text) implements IndicatorValue {}

    /** Words without a number, a date or a deadline: 「按照文件规定的救助标准」「达到目标要求」. */
    record Words(String text) implements IndicatorValue {}

    /**
     * [operator] number [– upper] [unit]: 「≥95%」「242人」「8-10人」「≤7300元/年」. {@code measureNoun} is a noun
     * written where the unit belongs (「242人数」: 人数, with {@code unit} 人); {@code trailing} is what follows a
     * value that is not part of one (「≥95良」: 良). Both are null for a well-formed value.
     */
    record Quantity(Operator operator, BigDecimal number, BigDecimal upper, Unit unit, String measureNoun,
                    String trailing) implements IndicatorValue {

        public boolean percent() { return unit != null && unit.percent(); }

        /** The amount in 元 when the unit is money (the upper end of a range), else null. */
        public BigDecimal yuan() {
            return unit == null || !unit.money() ? null : (upper != null ? upper : number).multiply(unit.yuan());
        }
    }
}
