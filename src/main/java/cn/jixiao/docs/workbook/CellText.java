package cn.jixiao.docs.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a typed cell becomes a contract value, the same whether the clerk typed text or a number: 「13」, 13, 「13.00」,
 * 「１３」, 「13万元」 (the column's own unit) and 「1,234.56」 are amounts as they read; 25 and 25% are the same
 * percentage. Only a cell's surrounding spaces go (and, in a number, spaces and full-width forms); everything else is
 * kept exactly.
 */
final class CellText {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Thousands set off by commas, as Excel shows them: 1,234,567.89 (and not 1,5 or 12,34). */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private CellText() {}

    /** The cell's text without surrounding whitespace (full-width and no-break spaces too); null when blank. */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : cell.substring(start, end);
    }

    /** One item per line (Alt+Enter in Excel), each trimmed; blank lines dropped. */
    static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        if (cell != null) {
            for (String line : cell.split("\r\n|\r|\n")) {
                String t = text(line);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The number a cell holds, or null when it holds something else (then the contract's type check reports it).
     * {@code unit}: a suffix the column's header names and a clerk may type after the number (% for a percentage,
     * 万元 for an amount), or null.
     */
    static BigDecimal number(String cell, String unit) {
        String t = text(cell);
        if (t == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = halfWidth(t.charAt(i));
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        if (unit != null && s.length() > unit.length() && s.endsWith(unit)) {
            s = s.substring(0, s.length() - unit.length());
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s) : null;
    }

    /** Full-width digits, point, signs and percent sign as their ASCII forms; an IME's Chinese mode types these. */
    private static char halfWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '．', '。' -> '.';
            case '％' -> '%';
            case '－', '−' -> '-';
            case '＋' -> '+';
            default -> c;
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
