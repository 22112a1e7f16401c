package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void chineseNameGoesIntoFilenameStarAndTheYearIntoTheFallback() {
        assertEquals("attachment; filename=\"jixiao-docs-2024.pdf\"; filename*=UTF-8''%E5%B7%A8%E9%B9%BF%E5%8E%BF2024%E5%B9%B4.pdf",
                ContentDisposition.attachment("巨鹿县2024年.pdf"));
    }

    @Test
    void fallbackIsAsciiAndNeverEmpty() {
        assertEquals("jixiao-docs.pdf", ContentDisposition.asciiFallback("部门预算绩效文本.pdf"));
        assertEquals("jixiao-docs-Test-Dept-2025.docx", ContentDisposition.asciiFallback("Test Dept（2025）年.docx"));
        assertEquals("jixiao-docs", ContentDisposition.asciiFallback("文本"));
        // A quote or backslash in a name could break out of the quoted fallback; they never survive.
        assertEquals("jixiao-docs-a-b.pdf", ContentDisposition.asciiFallback("a\"\\b.pdf"));
    }

    @Test
    void encodingKeepsOnlyAttrCharsAndPercentEncodesUtf8() {
        assertEquals("a-b.c_d~e", ContentDisposition.encode("a-b.c_d~e"));
        assertEquals("%20%22%25%27%28%29%2A%2C%2F%3A%3B%3D%3F%40%5C", ContentDisposition.encode(" \"%'()*,/:;=?@\\"));
        assertEquals("%E6%96%87", ContentDisposition.encode("文"));
        assertEquals("%F0%A0%80%80", ContentDisposition.encode("\uD840\uDC00")); // 𠀀, outside the BMP
    }
}
