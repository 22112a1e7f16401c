package cn.jixiao.docs.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The words {@link ValueParser} reads 指标值 with, from the vocabulary file: operators written before and after a
 * number, units (and which are money or rates), magnitudes, measure nouns mistaken for units, grade words, deadline
 * words, and the characters that mask a number.
 */
public record ValueWords(Map<String, Operator> operators, WordSet operatorWords, Map<String, Operator> suffixes,
                  WordSet suffixWords, WordSet units, WordSet moneyUnits, WordSet percentUnits,
                  Map<String, BigDecimal> magnitudes, WordSet magnitudeWords, Map<String, String> measureNouns,
                  WordSet measureNounWords, WordSet gradeWords, WordSet deadlineWords, String maskCharacters) {

    public ValueWords {
        operators = Map.copyOf(operators);
        suffixes = Map.copyOf(suffixes);
        magnitudes = Map.copyOf(magnitudes);
        measureNouns = Map.copyOf(measureNouns);
    }

    /**
     * Where a run of mask characters starting at {@code at} ends ({@code at} itself when there is none). A run
     * touching a Latin letter is part of a word (「Xbox」「TAXX」), not a mask, and does not count.
     */
    int maskRunEnd(String t, int at) {
        int end = at;
        while (end < t.length() && maskCharacters.indexOf(t.charAt(end)) >= 0) {
            end++;
        }
        boolean inWord = (at > 0 && latin(t.charAt(at - 1))) || (end < t.length() && latin(t.charAt(end)));
        return inWord ? at : end;
    }

    private static boolean latin(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}
