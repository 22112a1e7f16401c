package cn.jixiao.docs.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, each made once: a workbook holds a limited number of styles, and a style per cell
 * would exhaust it. Text is formatted as text (@), so that Excel keeps 「001」 and never makes 「1-2」 a date.
 */
final class Styles {

    private final XSSFWorkbook workbook;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle code;
    final XSSFCellStyle number;
    final XSSFCellStyle money;
    final XSSFCellStyle title;
    final XSSFCellStyle paragraph;
    private final Map<Integer, XSSFCellStyle> percents = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = base();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = formatted("@");
        code = formatted("@");
        code.setWrapText(false);
        number = formatted("General");
        money = formatted("0.00");
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        // Prose of 填写说明 runs on to the right over empty cells instead of wrapping in a narrow first column.
        title = base();
        title.setFont(big);
        title.setWrapText(false);
        paragraph = base();
        paragraph.setWrapText(false);
    }

    /** A percentage cell holds 0.25 for 25% and shows as many decimals as the value has, so none is hidden. */
    XSSFCellStyle percent(int decimals) {
        return percents.computeIfAbsent(decimals, d -> formatted(d == 0 ? "0%" : "0." + "0".repeat(d) + "%"));
    }

    private XSSFCellStyle formatted(String format) {
        XSSFCellStyle s = base();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    private XSSFCellStyle base() {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
