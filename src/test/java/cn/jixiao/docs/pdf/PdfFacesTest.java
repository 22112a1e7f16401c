package cn.jixiao.docs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each role prints in its own conventional face, and a character from a fallback face really shows. */
class PdfFacesTest {

    @TempDir
    Path tmp;

    @Test
    void eachRoleIsSetInItsOwnFace() throws IOException {
        Rendered r = TestRendering.RENDERER.render(Fixtures.read(Fixtures.JULU), Set.of(Format.PDF));
        Path pdf = tmp.resolve("julu.pdf");
        Files.write(pdf, r.documents().get(Format.PDF));
        String fonts = TestRendering.run("pdffonts", pdf.toString());
        // 仿宋 body, 黑体 一、 headings, 楷体 （一） headings and the cover's by-lines, 小标宋 titles (Fandol's bold
        // Song), 宋体 bold table headers, Times-metric digits and Latin.
        for (String face : List.of("FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular", "FandolSong-Bold",
                "LiberationSerif")) {
            assertTrue(fonts.contains(face), face + " in\n" + fonts);
        }
        assertTrue(fonts.lines().noneMatch(l -> l.contains("NotoSans")), "nothing fell back to the sans face:\n" + fonts);
    }

    /**
     * 堃 and 喆 are outside Fandol's 7,900 hanzi; 𠮷 is in CJK Extension B. They come from the serif fallback, and
     * must print: a subset whose glyphs lost their outlines would still give the right text to pdftotext.
     */
    @Test
    void charactersFromTheFallbackFacePrint() throws IOException {
        String json = new String(Fixtures.read(Fixtures.DIR.resolve("104-minimal.json")), java.nio.charset.StandardCharsets.UTF_8);
        Rendered plain = render(json);
        Rendered rare = render(json.replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"堃喆𠮷"));
        assertEquals(List.of(), rare.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList(),
                "no character is missing or changes style");
        long ink = ink(rare) - ink(plain);
        // Three characters of 36 pt on the cover, and three at 16 pt on the by-line: far more than rounding noise.
        assertTrue(ink > 400, "the three characters add ink to the cover: " + ink + " dark pixels");
    }

    /**
     * Glyphs a subset has to renumber: ↗↘⊕ are glyphs of Fandol's bold Song whose CIDs (9917, 9918, 9988) are not
     * their glyph ids (8903, 8904, 8967), which OpenPDF's subsets left blank (21 dark pixels where these draw
     * about 200); é and Å are composite TrueType glyphs of Liberation Serif, whose parts the subset must carry
     * along. Each must print, and extract as itself.
     */
    @Test
    void renumberedAndCompositeGlyphsPrint() throws IOException {
        String json = new String(Fixtures.read(Fixtures.DIR.resolve("104-minimal.json")), java.nio.charset.StandardCharsets.UTF_8);
        Rendered plain = render(json);
        for (String added : List.of("↗↘⊕", "ééÅÅ")) {
            Rendered r = render(json.replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"" + added));
            long ink = ink(r) - ink(plain);
            assertTrue(ink > 100, added + " adds ink to the cover: " + ink + " dark pixels");
            Path pdf = Files.createTempFile(tmp, "t", ".pdf");
            Files.write(pdf, r.documents().get(Format.PDF));
            String text = TestRendering.run("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf.toString(), "-");
            assertTrue(text.contains(added), added + " extracts from\n" + text);
        }
    }

    private static Rendered render(String json) {
        Rendered r = TestRendering.RENDERER.render(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Set.of(Format.PDF));
        assertTrue(r.ok(), r.problems().toString());
        return r;
    }

    /** Dark pixels on the cover at 50 dpi. */
    private long ink(Rendered r) throws IOException {
        Path pdf = Files.createTempFile(tmp, "c", ".pdf");
        Files.write(pdf, r.documents().get(Format.PDF));
        Path prefix = tmp.resolve(pdf.getFileName() + "-p");
        TestRendering.run("pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", pdf.toString(), prefix.toString());
        Path pgm;
        try (var files = Files.list(tmp)) {
            pgm = files.filter(p -> p.getFileName().toString().startsWith(prefix.getFileName().toString())).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(pgm);
        // P5 header: magic, width, height, maxval, each followed by whitespace; then one byte a pixel.
        int at = 0;
        for (int fields = 0; fields < 4; at++) {
            if (Character.isWhitespace(bytes[at]) && !Character.isWhitespace(bytes[at - 1])) {
                fields++;
            }
        }
        long dark = 0;
        for (int i = at; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) < 128) {
                dark++;
            }
        }
        return dark;
    }
}
