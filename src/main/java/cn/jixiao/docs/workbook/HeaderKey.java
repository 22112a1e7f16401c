package cn.jixiao.docs.workbook;

import cn.jixiao.docs.util.InvisibleCharacters;

/**
 * Compares headers and labels as a clerk sees them: 「预算数（万元）」, 「预算数(万元)」, 「预算数 （万元）」 and 「预算数」 are the
 * same column, and 「部门名称：」 is 「部门名称」. Spaces and invisible characters (a zero-width space pasted in) go,
 * full-width brackets become ASCII, a trailing bracketed unit and trailing colons are optional.
 */
final class HeaderKey {

    private HeaderKey() {}

    static String of(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(header.length());
        header.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !InvisibleCharacters.is(c))
                .map(c -> c == '（' ? '(' : c == '）' ? ')' : c).forEach(sb::appendCodePoint);
        while (sb.length() > 1 && (sb.charAt(sb.length() - 1) == '：' || sb.charAt(sb.length() - 1) == ':')) {
            sb.setLength(sb.length() - 1);
        }
        String s = sb.toString();
        int open = s.lastIndexOf('(');
        return s.endsWith(")") && open > 0 ? s.substring(0, open) : s;
    }
}
