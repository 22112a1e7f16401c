package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;

/**
 * Whether the 指标值 is a value at all: {@code value-not-quantified} (a 数量、质量、时效、成本 or 满意度 indicator
 * with only words), {@code value-vague} (any other indicator whose words only restate the goal),
 * {@code value-without-unit} (a bare number), {@code value-malformed} (a measure noun for a unit, words after the
 * value, or a ceiling on a rate that should have a floor). Blank and masked values are {@link PlaceholderCheck}'s.
 */
final class ValueFormCheck implements RowCheck {

    private final Vocabulary vocabulary;

    ValueFormCheck(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    @Override
    public void check(Row row, Findings out) {
        Plan.Indicator i = row.indicator();
        String path = row.path("value");
        if (row.value() instanceof IndicatorValue.Words) {
            if (vocabulary.quantifiedLevel2().contains(row.cells().level2())) {
                out.add(Rule.VALUE_NOT_QUANTIFIED, Severity.WARNING, path, "words", i.level2(), Text.quote(i.value()));
            } else if (vague(row.cells().value())) {
                out.add(Rule.VALUE_VAGUE, Severity.WARNING, path, "words", Text.quote(i.value()));
            }
        } else if (row.value() instanceof IndicatorValue.Quantity q) {
            if (q.measureNoun() != null) {
                out.add(Rule.VALUE_MALFORMED, Severity.WARNING, path, "measure-noun", i.value(), q.measureNoun(),
                        row.cells().value().replace(q.measureNoun(), q.unit().text()));
            } else if (q.trailing() != null) {
                out.add(Rule.VALUE_MALFORMED, Severity.WARNING, path, "trailing", i.value(), q.trailing());
            } else if (q.unit() == null) {
                out.add(Rule.VALUE_WITHOUT_UNIT, Severity.WARNING, path, "number", i.value());
            }
            if (q.percent() && q.operator() != null && q.operator().ceiling() && floorRate(row)) {
                out.add(Rule.VALUE_MALFORMED, Severity.WARNING, path, "ceiling", Text.quote(i.level3() == null
                        ? i.description() : i.level3()), i.value());
            }
        }
    }

    /** 「达到目标要求」, also after a degree word (「基本达到预期」), end punctuation aside. */
    private boolean vague(String core) {
        String prefix = vocabulary.vaguePrefixes().longestAt(core, 0);
        return vocabulary.vagueValues().contains(core)
                || (prefix != null && vocabulary.vagueValues().contains(core.substring(prefix.length())));
    }

    /** A rate where more is better: a 满意度 indicator, or one named like a completion rate and not like an error rate. */
    private boolean floorRate(Row row) {
        String subject = row.subject();
        return ("满意度指标".equals(row.indicator().level1()) || vocabulary.floorRateWords().occursIn(subject))
                && !vocabulary.ceilingRateWords().occursIn(subject);
    }
}
