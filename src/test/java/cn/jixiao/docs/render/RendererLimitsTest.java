package cn.jixiao.docs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What render promises besides documents: validate's answer, no lost character, a stop on request, admission. */
class RendererLimitsTest {

    private static final Renderer RENDERER = TestRendering.RENDERER;

    @Test
    void renderReportsExactlyWhatValidateReportsForEveryFixture() {
        List<Path> all = new ArrayList<>(Fixtures.valid());
        all.addAll(Fixtures.invalid());
        for (Path fixture : all) {
            byte[] json = Fixtures.read(fixture);
            assertEquals(Validator.validate(json, RENDERER.deployment()).problems(),
                    RENDERER.render(json, EnumSet.of(Format.PDF)).problems(), fixture.toString());
        }
    }

    /** A plan validated first (as the batch does, to review it) renders to the same bytes and problems as its JSON. */
    @Test
    void aPlanValidatedFirstRendersAsItsJsonDoes() {
        List<Path> all = new ArrayList<>(Fixtures.valid());
        all.addAll(Fixtures.invalid());
        for (Path fixture : all) {
            byte[] json = Fixtures.read(fixture);
            Rendered fromJson = RENDERER.render(json, EnumSet.allOf(Format.class));
            Rendered fromPlan = RENDERER.render(Validator.validate(json, RENDERER.deployment()), EnumSet.allOf(Format.class),
                    Cancellation.NONE, Admission.UNLIMITED);
            assertEquals(fromJson.problems(), fromPlan.problems(), fixture.toString());
            assertEquals(fromJson.ok(), fromPlan.ok(), fixture.toString());
            for (Format f : fromJson.documents().keySet()) {
                assertTrue(java.util.Arrays.equals(fromJson.documents().get(f), fromPlan.documents().get(f)), fixture + " " + f);
            }
            assertEquals(fromJson.documents().keySet(), fromPlan.documents().keySet(), fixture.toString());
        }
    }

    /**
     * With the bundled fonts the cover's 𠮷林县𡈼村镇人民政府 prints whole; five characters of the fixture have no glyph
     * in any face, and each is a warning naming its field and a 〓 in the PDF, never a gap.
     */
    @Test
    void theRareCharactersFixtureLosesNoCharacterSilently(@TempDir Path tmp) throws Exception {
        Rendered r = RENDERER.render(Fixtures.read(Fixtures.DIR.resolve("103-rare-characters.json")), EnumSet.of(Format.PDF));
        assertEquals(List.of("/projects/0/indicators/5/description ₀", "/projects/0/indicators/5/description ₁",
                "/department/code 𠀀", "/overview/subGoals/0/title 𤭢", "/department/unitLabel 𪚥"),
                r.warnings().stream().map(p -> p.path() + " " + p.message().substring(p.message().indexOf('「') + 1,
                        p.message().indexOf('」'))).toList());
        Path pdf = tmp.resolve("r.pdf");
        Files.write(pdf, r.documents().get(Format.PDF));
        String text = TestRendering.squash(TestRendering.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.contains("𠮷林县𡈼村镇人民政府"), text);
        assertTrue(text.contains("〓家庄村"), "𪚥家庄村 with its placeholder: " + text);
    }

    @Test
    void aCharacterNoFontDrawsPrintsAsAPlaceholderInThePdfAndStaysInTheDocx(@TempDir Path tmp) throws Exception {
        byte[] json = new String(Fixtures.read(Fixtures.JULU), StandardCharsets.UTF_8)
                .replace("\"name\": \"巨鹿县总工会\"", "\"name\": \"巨鹿县😀总工会\"").getBytes(StandardCharsets.UTF_8);
        Rendered r = RENDERER.render(json, EnumSet.allOf(Format.class));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(Validator.validate(json, RENDERER.deployment()).warnings(), r.warnings());
        Path pdf = tmp.resolve("r.pdf");
        Files.write(pdf, r.documents().get(Format.PDF));
        String text = TestRendering.squash(TestRendering.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.contains("巨鹿县〓总工会"), "the placeholder stands where the character was: " + text);
        assertTrue(documentXml(r.documents().get(Format.DOCX)).contains("巨鹿县😀总工会"), "Word may have a font for it");
    }

    /**
     * Text pasted from a web page carries characters nobody sees (a zero-width space, a byte order mark, a soft
     * hyphen, an emoji's variation selector): Word draws nothing for them, so the PDF prints neither 〓 nor a hyphen,
     * validation warns of nothing, the DOCX keeps them as typed, and the file is named as without them.
     */
    @Test
    void invisibleCharactersPrintAsNothingAndStayInTheDocx(@TempDir Path tmp) throws Exception {
        String typed = "\u200b为弘扬劳模\u00ad精神\ufeff，提高\u2060劳模待遇\ufe0f";
        byte[] json = new String(Fixtures.read(Fixtures.JULU), StandardCharsets.UTF_8)
                .replace("\"name\": \"巨鹿县总工会\"", "\"name\": \"巨鹿县\u200b总工会\"")
                .replace("为弘扬劳模精神，提高劳模待遇", typed).getBytes(StandardCharsets.UTF_8);
        Rendered r = RENDERER.render(json, EnumSet.allOf(Format.class));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(List.of(), r.warnings());
        assertEquals("巨鹿县总工会2024年部门预算绩效文本", r.baseName());
        Path pdf = tmp.resolve("r.pdf");
        Files.write(pdf, r.documents().get(Format.PDF));
        String text = TestRendering.squash(TestRendering.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.contains("为弘扬劳模精神，提高劳模待遇，落实"), text);
        assertTrue(!text.contains("〓") && !text.contains("-精神") && !text.contains("\u00ad"), text);
        assertTrue(documentXml(r.documents().get(Format.DOCX)).contains(typed), "the DOCX has them as typed");
    }

    /** A required value of white space and invisible characters is blank: nothing of it would show. */
    @Test
    void aValueOfInvisibleCharactersIsBlank() {
        byte[] json = new String(Fixtures.read(Fixtures.JULU), StandardCharsets.UTF_8)
                .replace("\"name\": \"巨鹿县总工会\"", "\"name\": \"\u200b \ufeff\"").getBytes(StandardCharsets.UTF_8);
        Rendered r = RENDERER.render(json, EnumSet.of(Format.PDF));
        assertTrue(r.problems().stream()
                        .anyMatch(p -> p.path().equals("/department/name") && p.message().contains("不能为空")),
                r.problems().toString());
        assertTrue(r.documents().isEmpty(), "nothing rendered");
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no document.xml");
    }

    @Test
    void aCancelledRenderStopsWithCancelled() {
        byte[] large = Fixtures.read(Fixtures.LARGE);
        Cancellation stopped = Cancellation.manual();
        stopped.cancel();
        assertThrows(Cancellation.Cancelled.class, () -> RENDERER.render(large, EnumSet.allOf(Format.class), stopped,
                Admission.UNLIMITED));
        // A deadline already past when the render starts (a fixed deadline of some milliseconds would be met by a
        // fast machine, and then the render would rightly not stop).
        assertThrows(Cancellation.Cancelled.class, () -> RENDERER.render(large, EnumSet.allOf(Format.class),
                Cancellation.after(1), Admission.UNLIMITED));
        // The layout checks on its own, so a render cancelled while it lays out stops there, not after the last page.
        Document doc = RENDERER.templates().render(Validator.validate(large).plan());
        assertThrows(Cancellation.Cancelled.class, () -> Paginator.layout(doc, RENDERER.fonts(), stopped));
    }

    @Test
    void admissionIsAskedOnceForTheEstimateAndItsRefusalStopsTheRender() {
        byte[] julu = Fixtures.read(Fixtures.JULU);
        AtomicLong asked = new AtomicLong();
        AtomicLong released = new AtomicLong();
        Rendered r = RENDERER.render(julu, EnumSet.allOf(Format.class), Cancellation.NONE, bytes -> {
            asked.addAndGet(bytes);
            return () -> released.incrementAndGet();
        });
        assertTrue(r.ok());
        assertEquals(RenderCost.bytes(Validator.validate(julu).plan(), EnumSet.allOf(Format.class)), asked.get());
        assertEquals(1, released.get(), "the permit is given back");
        Admission.Refused refusal = assertThrows(Admission.Refused.class, () -> RENDERER.render(julu,
                EnumSet.of(Format.PDF), Cancellation.NONE, bytes -> {
                    throw new Admission.Refused(bytes, 1, true);
                }));
        assertTrue(refusal.ever);
        // An invalid plan is answered before admission: it costs nothing to say what is wrong with it.
        Rendered invalid = RENDERER.render(Fixtures.read(Fixtures.DIR.resolve("invalid/budget-mismatch.json")),
                EnumSet.of(Format.PDF), Cancellation.NONE, bytes -> {
                    throw new AssertionError("not asked");
                });
        assertTrue(!invalid.ok());
    }

    @Test
    void theEstimateGrowsWithTablesAndTextAndFormats() {
        var julu = Validator.validate(Fixtures.read(Fixtures.JULU)).plan();
        var large = Validator.validate(Fixtures.read(Fixtures.LARGE)).plan();
        assertTrue(RenderCost.bytes(large, EnumSet.of(Format.PDF)) - RenderCost.BASE
                > 5 * (RenderCost.bytes(julu, EnumSet.of(Format.PDF)) - RenderCost.BASE));
        assertTrue(RenderCost.bytes(julu, EnumSet.allOf(Format.class)) > RenderCost.bytes(julu, EnumSet.of(Format.DOCX)));
    }
}
