package cn.jixiao.docs.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own reading of each bundled face gives, for every code point of Unicode, the coverage and the 1/1000 em
 * advance OpenPDF gave (the widths every layout was measured with), so no line or page breaks elsewhere.
 */
class FaceMetricsMatchOpenPdfTest {

    static List<String> bundledFaces() {
        FontConfig c = FontConfig.defaults();
        Set<String> specs = new LinkedHashSet<>(c.regular().values());
        specs.addAll(c.bold().values());
        specs.add(c.latin());
        specs.add(c.latinBold());
        specs.addAll(c.serifFallbacks());
        specs.addAll(c.sansFallbacks());
        return new ArrayList<>(specs);
    }

    @ParameterizedTest
    @MethodSource("bundledFaces")
    void everyCodePointHasOpenPdfsCoverageAndWidth(String spec) throws Exception {
        byte[] bytes = FontFiles.read(spec);
        String file = FontFiles.fileOf(spec);
        BaseFont openPdf = BaseFont.createFont(file.substring(file.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED, false, bytes, null);
        OpenTypeFont ours = OpenTypeFont.read(java.nio.ByteBuffer.wrap(bytes), FontFiles.faceOf(spec), "x");
        Face face = new Face(spec, ours);
        int covered = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int cp = c;
            boolean exists = openPdf.charExists(cp);
            assertEquals(exists, face.has(cp), () -> spec + " coverage of U+" + Integer.toHexString(cp));
            if (exists) {
                covered++;
                int width = openPdf.getWidth(cp);
                int glyph = ours.glyph(cp);
                assertEquals(width, ours.width(glyph), () -> spec + " width of U+" + Integer.toHexString(cp));
                assertEquals(width * 12.5f / 1000f, face.advance(cp, 12.5f), 0f);
            }
        }
        assertTrue(covered > 200, spec + " covers " + covered);
    }
}
