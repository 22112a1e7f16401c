package cn.jixiao.docs.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a number cell reads: as the decimal the clerk typed, not the binary double Excel stores. Excel keeps and shows
 * 15 significant digits, so rounding to 15 gives back 13.005 from 13.004999… and 0.3 from 0.1 + 0.2. A cell in a
 * percent format holds 0.25 for 25% and reads as 「25%」; a date reads as it is shown. One per read: not thread-safe.
 */
final class CellValues extends DataFormatter {

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)) {
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
        BigDecimal typed = decimal(value);
        return isPercent(formatString) ? plain(typed.multiply(HUNDRED)) + "%" : plain(typed);
    }

    static BigDecimal decimal(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(EXCEL_DIGITS) : BigDecimal.ZERO;
    }

    /** 13, not 13.000000000000 nor 1.3E+1. */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Whether the format scales by 100: a % outside quotes, escapes and [bracketed] sections. */
    static boolean isPercent(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '%') {
                return true;
            }
        }
        return false;
    }
}
