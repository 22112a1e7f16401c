package cn.jixiao.docs.review;

import cn.jixiao.docs.contract.Plan;
import java.util.regex.Pattern;

/**
 * The 指标值确定依据: {@code basis-repeats-value} (warning: it repeats the value or the description, so no basis is
 * given) and {@code basis-generic} (note: it names no document, plan or standard — nothing is left once the
 * vocabulary's generic words are taken out). A title in 《》, a document number (〔2023〕98号) or a standard's code
 * (GB 5749-2022) always names something.
 */
final class BasisCheck implements RowCheck {

    private static final Pattern REFERENCE =
            Pattern.compile("《|〔\\d|【\\d|\\[\\d|\\(\\d{4}\\)|\\d+号|[A-Z]{2,}[/A-Z]*\\d");

    private final Vocabulary vocabulary;

    BasisCheck(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    @Override
    public void check(Row row, Findings out) {
        Plan.Indicator i = row.indicator();
        String basis = i.basis();
        if (Text.blank(basis)) {
            return;
        }
        String path = row.path("basis");
        Cells c = row.cells();
        if (Text.same(c.basis(), c.value())) {
            out.add(Rule.BASIS_REPEATS_VALUE, Severity.WARNING, path, "value", Text.quote(basis));
        } else if (Text.same(c.basis(), c.description())) {
            out.add(Rule.BASIS_REPEATS_VALUE, Severity.WARNING, path, "description", Text.quote(basis));
        } else if (generic(c.basis())) {
            out.add(Rule.BASIS_GENERIC, Severity.NOTE, path, "words", Text.quote(basis));
        }
    }

    private boolean generic(String basis) {
        if (REFERENCE.matcher(basis).find()) {
            return false;
        }
        return vocabulary.genericBasisWords().removeFrom(basis).codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
