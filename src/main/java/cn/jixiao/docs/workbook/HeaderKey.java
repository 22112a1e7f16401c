package cn.jixiao.docs.workbook;

/**
 * Compares headers and labels as a clerk sees them: 「预算数（万元）」, 「预算数(万元)」, 「预算数 （万元）」 and 「预算数」 are the
 * same column. Spaces go, full-width brackets become ASCII, a trailing bracketed unit is optional.
 */
final class HeaderKey {

    private HeaderKey() {}

    static String of(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(header.length());
        header.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c == '（' ? '(' : c == '）' ? ')' : c).forEach(sb::appendCodePoint);
        String s = sb.toString();
        int open = s.lastIndexOf('(');
        return s.endsWith(")") && open > 0 ? s.substring(0, open) : s;
    }
}
