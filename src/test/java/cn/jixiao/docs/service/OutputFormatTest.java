package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputFormatTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void formatParameterDecidesAndIsCaseInsensitive() {
        assertEquals(OutputFormat.ZIP, OutputFormat.choose("zip", "application/pdf"));
        assertEquals(OutputFormat.DOCX, OutputFormat.choose(" DOCX ", null));
        HttpProblem.Exception e = assertThrows(HttpProblem.Exception.class, () -> OutputFormat.choose("odt", null));
        assertEquals(400, e.problem().status());
        assertThrows(HttpProblem.Exception.class, () -> OutputFormat.choose("", null));
    }

    @Test
    void acceptHeaderNegotiates() {
        assertEquals(OutputFormat.PDF, OutputFormat.choose(null, null));
        assertEquals(OutputFormat.PDF, OutputFormat.choose(null, "*/*"));
        assertEquals(OutputFormat.PDF, OutputFormat.choose(null, "application/*"));
        assertEquals(OutputFormat.DOCX, OutputFormat.choose(null, DOCX));
        assertEquals(OutputFormat.ZIP, OutputFormat.choose(null, "text/html, application/zip;q=0.9, */*;q=0.1"));
        assertEquals(OutputFormat.DOCX, OutputFormat.choose(null, "application/pdf;q=0.2, " + DOCX + ";q=0.8"));
        // Anything but PDF: the next format in order.
        assertEquals(OutputFormat.DOCX, OutputFormat.choose(null, "application/pdf;q=0, */*"));
        assertEquals(OutputFormat.PDF, OutputFormat.choose(null, "APPLICATION/PDF"));
        // Nothing we make is named: the default rather than a 406.
        assertEquals(OutputFormat.PDF, OutputFormat.choose(null, "application/json"));
    }
}
