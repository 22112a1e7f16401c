package cn.jixiao.docs.review;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a 指标值 the way a reviewer does: [operator] number [– upper] [unit] [operator after], or a date or deadline,
 * or words. Operators are ≥ ＞ ＝ ＜ ≤ and their ASCII and word forms (>=, 不低于, 以上); numbers may be full-width
 * or grouped (１,２００); units come from the vocabulary and may carry a magnitude and a per-part (万元, 元/人·年).
 * Text is folded first (see {@link Text#fold}). Stateless and thread-safe.
 */
public final class ValueParser {

    /** A calendar date: 「2024年」「12月31日」「6月底」「2024-12」. Years need four digits: 「1年」 is a duration. */
    private static final Pattern DATE =
            Pattern.compile("\\d{4}年|\\d{1,2}月(\\d{1,2}日|底|末|初|上旬|中旬|下旬)?|\\d{4}[-./]\\d{1,2}");
    /** A note in brackets after a value: 「≥90%(按年度考核)」. */
    private static final Pattern NOTE = Pattern.compile("\\(.*\\)|（.*）|〔.*〕|【.*】");
    private static final String RANGE = "-~—–至到";
    private static final String PER = "/每·・";

    private final ValueWords words;

    public ValueParser(ValueWords words) { this.words = words; }

    public IndicatorValue parse(String value) { return parse(value, Text.core(value)); }

    /** {@code t} is the value's {@link Text#core}, when the caller has it already. */
    IndicatorValue parse(String value, String t) {
        if (t.isEmpty()) {
            return new IndicatorValue.Blank();
        }
        int digit = firstDigit(t);
        int mask = maskedNumber(t);
        if (mask >= 0 && (digit < 0 || mask < digit)) {
            return new IndicatorValue.Masked(value);
        }
        if (DATE.matcher(t).find()) {
            return new IndicatorValue.Deadline(value);
        }
        if (digit < 0) {
            return words.deadlineWords().occursIn(t) ? new IndicatorValue.Deadline(value)
                    : new IndicatorValue.Words(value);
        }
        return quantity(value, t, digit);
    }

    private IndicatorValue quantity(String value, String t, int at) {
        Operator operator = operatorBefore(t, at);
        Number low = number(t, at);
        int i = low.end();
        UnitMatch unit = unit(t, i);
        i = unit == null ? i : unit.end();
        BigDecimal upper = null;
        if (i + 1 < t.length() && RANGE.indexOf(t.charAt(i)) >= 0 && Character.isDigit(t.charAt(i + 1))) {
            Number high = number(t, i + 1);
            upper = high.value();
            i = high.end();
            UnitMatch second = unit(t, i);
            if (second != null) {
                unit = second;
                i = second.end();
            }
        }
        String suffix = words.suffixWords().longestAt(t, i);
        if (suffix != null) {
            operator = operator != null ? operator : words.suffixes().get(suffix);
            i += suffix.length();
        }
        String rest = t.substring(i);
        String trailing = null;
        if (!rest.isEmpty() && !NOTE.matcher(rest).matches()) {
            if (words.deadlineWords().occursIn(t)) {
                return new IndicatorValue.Deadline(value);
            }
            // 「43个单位」 counts units (a unit, then the noun counted) and is fine; 「≥90完成」 and 「100%完成」 are not.
            boolean countedNoun = unit != null && !unit.unit().percent()
                    && rest.codePoints().allMatch(Character::isLetter) && !words.gradeWords().contains(rest);
            trailing = countedNoun ? null : rest;
        }
        return new IndicatorValue.Quantity(operator, low.value(), upper, unit == null ? null : unit.unit(),
                unit == null ? null : unit.measureNoun(), trailing);
    }

    /** The operator written just before the number: 「不低于」 in 「完成率不低于95%」. */
    private Operator operatorBefore(String t, int at) {
        String w = words.operatorWords().longestEndingAt(t, at);
        return w == null ? null : words.operators().get(w);
    }

    private record Number(BigDecimal value, int end) {}

    /** Digits, thousands grouped by commas (1,200), a decimal part. */
    private static Number number(String t, int at) {
        StringBuilder digits = new StringBuilder();
        int i = at;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(Character.digit(c, 10));
                i++;
            } else if (c == ',' && digits.length() > 0 && groupOfThree(t, i + 1)) {
                i++;
            } else {
                break;
            }
        }
        if (i + 1 < t.length() && t.charAt(i) == '.' && Character.isDigit(t.charAt(i + 1))) {
            digits.append('.');
            i++;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                digits.append(Character.digit(t.charAt(i), 10));
                i++;
            }
        }
        return new Number(new BigDecimal(digits.toString()), i);
    }

    private static boolean groupOfThree(String t, int at) {
        if (at + 3 > t.length()) {
            return false;
        }
        boolean three = Character.isDigit(t.charAt(at)) && Character.isDigit(t.charAt(at + 1))
                && Character.isDigit(t.charAt(at + 2));
        return three && (at + 3 == t.length() || !Character.isDigit(t.charAt(at + 3)));
    }

    private record UnitMatch(Unit unit, String measureNoun, int end) {}

    /** The unit at {@code at}: a measure noun standing in for one (人数 → 人), or unit parts joined by / 每 ·. */
    private UnitMatch unit(String t, int at) {
        String noun = words.measureNounWords().longestAt(t, at);
        Atom atom = atom(t, at);
        if (noun != null && (atom == null || noun.length() > atom.end() - at)) {
            String meant = words.measureNouns().get(noun);
            Atom unit = atom(meant, 0);
            return new UnitMatch(unit == null ? new Unit(meant, false, null) : unit.unit(), noun, at + noun.length());
        }
        if (atom == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(atom.unit().text());
        int i = atom.end();
        while (i + 1 < t.length() && PER.indexOf(t.charAt(i)) >= 0) {
            Atom next = atom(t, i + 1);
            if (next == null) {
                break;
            }
            text.append(t.charAt(i)).append(next.unit().text());
            i = next.end();
        }
        Unit first = atom.unit();
        return new UnitMatch(new Unit(text.toString(), first.percent(), first.yuan()), null, i);
    }

    private record Atom(Unit unit, int end) {}

    /** One unit word, with a magnitude before it if that makes a longer match: 万元, 万人次, but 百分点 as it is. */
    private Atom atom(String t, int at) {
        String base = words.units().longestAt(t, at);
        int bestLength = base == null ? 0 : base.length();
        String magnitude = null;
        String magnitudeWord = words.magnitudeWords().longestAt(t, at);
        if (magnitudeWord != null) {
            String after = words.units().longestAt(t, at + magnitudeWord.length());
            if (after != null && magnitudeWord.length() + after.length() > bestLength) {
                magnitude = magnitudeWord;
                base = after;
                bestLength = magnitudeWord.length() + after.length();
            }
        }
        if (base == null) {
            return null;
        }
        BigDecimal factor = magnitude == null ? BigDecimal.ONE : words.magnitudes().get(magnitude);
        BigDecimal yuan = words.moneyUnits().contains(base) ? factor : null;
        return new Atom(new Unit(t.substring(at, at + bestLength), words.percentUnits().contains(base), yuan),
                at + bestLength);
    }

    private static int firstDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where mask characters stand for a number (「≥**%」「XX人」「X」), or -1: at the start or after an operator,
     * and followed by the end, a unit or a measure noun. A Latin x inside a word is a letter, not a mask.
     */
    private int maskedNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            int end = words.maskRunEnd(t, i);
            if (end == i) {
                continue;
            }
            boolean numberPlace = i == 0 || words.operatorWords().longestEndingAt(t, i) != null;
            if (numberPlace && (end == t.length() || unit(t, end) != null)) {
                return i;
            }
            i = end - 1;
        }
        return -1;
    }
}
