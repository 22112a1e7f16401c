package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void chineseNameGoesIntoFilenameStarAndTheGivenAsciiNameIntoTheFallback() {
        assertEquals("attachment; filename=\"jixiao-docs-711001-2024.pdf\"; filename*=UTF-8''%E5%B7%A8%E9%B9%BF%E5%8E%BF2024%E5%B9%B4.pdf",
                ContentDisposition.attachment("巨鹿县2024年.pdf", "jixiao-docs-711001-2024.pdf"));
        // A quote or backslash could break out of the quoted fallback; they never survive.
        assertTrue(ContentDisposition.attachment("x.pdf", "a\"\\b.pdf").startsWith("attachment; filename=\"a__b.pdf\";"));
    }

    @Test
    void aShippedFilesFallbackIsItsAsciiAndNeverEmpty() {
        assertEquals("jixiao-docs", ContentDisposition.asciiFallback("部门预算绩效文本"));
        assertEquals("jixiao-docs-Test-Dept-2025", ContentDisposition.asciiFallback("Test Dept（2025）年"));
        assertTrue(ContentDisposition.attachment("部门预算绩效文本-填报工作簿.xlsx").startsWith("attachment; filename=\"jixiao-docs.xlsx\";"));
    }

    @Test
    void encodingKeepsOnlyAttrCharsAndPercentEncodesUtf8() {
        assertEquals("a-b.c_d~e", ContentDisposition.encode("a-b.c_d~e"));
        assertEquals("%20%22%25%27%28%29%2A%2C%2F%3A%3B%3D%3F%40%5C", ContentDisposition.encode(" \"%'()*,/:;=?@\\"));
        assertEquals("%E6%96%87", ContentDisposition.encode("文"));
        assertEquals("%F0%A0%80%80", ContentDisposition.encode("\uD840\uDC00")); // 𠀀, outside the BMP
    }
}
