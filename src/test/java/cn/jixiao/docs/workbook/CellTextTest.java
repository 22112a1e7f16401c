package cn.jixiao.docs.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell rules of the README's 工作簿 section, one by one. */
class CellTextTest {

    @Test
    void anAmountIsTheSameHoweverItIsTyped() {
        String money = CellKind.MONEY.unit();
        for (String typed : List.of("13", "13.00", "１３", " 13 ", "１３．００", "13。00", "\u300013\u3000", "13.", "13万元", "13 万元")) {
            assertEquals(0, new BigDecimal("13").compareTo(CellText.number(typed, money)), typed);
        }
        assertEquals(new BigDecimal("-2.5"), CellText.number("－2.5", money));
        assertEquals(new BigDecimal("1234567.89"), CellText.number("1,234,567.89", money));
        assertNull(CellText.number("十三", money));
        assertNull(CellText.number("13元", money), "another unit than the column's");
        assertNull(CellText.number("万元", money));
        assertNull(CellText.number("1,5", money), "a comma that groups no thousands");
        assertNull(CellText.number("12,34", money));
        assertNull(CellText.number("25%", money), "a percent sign is no amount");
        assertNull(CellText.number("13万元", null), "a unit only where the column names it");
        assertEquals(2024, CellText.number("2024年", CellKind.YEAR.unit()).intValue());
    }

    @Test
    void aPercentageIsTheNumberBeforeItsSign() {
        for (String typed : List.of("25", "25%", "２５％", " 25 % ")) {
            assertEquals(new BigDecimal("25"), CellText.number(typed, CellKind.PERCENT.unit()), typed);
        }
        assertNull(CellText.number("%", CellKind.PERCENT.unit()));
        assertNull(CellText.number("25万元", CellKind.PERCENT.unit()));
    }

    @Test
    void numberCellsReadAsTheDecimalTypedNotTheBinaryDouble() {
        assertEquals("0.3", CellValues.plain(CellValues.decimal(0.1 + 0.2)));
        assertEquals("13.005", CellValues.plain(CellValues.decimal(13.005)));
        assertEquals("100", CellValues.plain(CellValues.decimal(100)));
        CellValues values = new CellValues();
        assertEquals("25%", values.formatRawCellContents(0.25, 9, "0%"));
        assertEquals("33.3%", values.formatRawCellContents(0.333, 10, "0.0%"));
        assertEquals("1234.5", values.formatRawCellContents(1234.5, 4, "#,##0.00"));
        assertEquals("25", values.formatRawCellContents(25, 164, "0\"%\""), "a quoted % is only shown, not scaled");
    }

    @Test
    void textKeepsEverythingButItsSurroundingSpaces() {
        assertEquals("２４２人 & <b>", CellText.text("  ２４２人 & <b>\u3000\n"));
        assertEquals("第一段\n第二段", CellText.text("第一段\n第二段"));
        assertNull(CellText.text(" \u00a0 "));
        assertEquals(List.of("目标一", "目标二"), CellText.lines(" 目标一 \r\n\n目标二\n"));
    }

    @Test
    void headersMatchAsAClerkSeesThem() {
        assertEquals(HeaderKey.of("预算数（万元）"), HeaderKey.of(" 预算数 (万元)"));
        assertEquals(HeaderKey.of("预算数（万元）"), HeaderKey.of("预算数"));
        assertEquals(HeaderKey.of("部门名称"), HeaderKey.of("部门名称："));
        assertEquals(HeaderKey.of("年度"), HeaderKey.of("年 度:"));
        assertEquals(HeaderKey.of("项目名称"), HeaderKey.of("\ufeff项目\u200b名称"));
        assertEquals("D", Place.Cell.letters(3));
        assertEquals("AA", Place.Cell.letters(26));
        assertEquals(27, SheetReader.column("AB12"));
    }
}
