package cn.jixiao.docs;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One renderer on the bundled template and font, shared by the tests (loading the font is the slow part). */
public final class TestRendering {

    public static final FontLibrary FONTS = new FontLibrary(FontConfig.defaults());
    public static final TemplateEngine TEMPLATES = TemplateEngine.bundled();
    public static final Renderer RENDERER = new Renderer(TEMPLATES, FONTS);

    private TestRendering() {}

    public static Plan plan(Path fixture) { return Validator.validate(Fixtures.read(fixture)).plan(); }

    /** Every text of the input a reader must find in the document, as printed (no surrounding whitespace). */
    public static List<String> texts(Plan p) {
        List<String> out = new ArrayList<>();
        out.add(p.department().name());
        out.add(p.department().code());
        add(out, p.status(), p.preparedBy(), p.reviewedBy());
        for (Plan.Paragraph para : p.overview().overallGoal()) {
            add(out, para.title(), para.text());
        }
        for (Plan.SubGoal g : p.overview().subGoals()) {
            add(out, g.title(), g.goal(), g.indicator());
            g.text().forEach(t -> add(out, t.title(), t.text()));
        }
        p.overview().measures().forEach(t -> add(out, t.title(), t.text()));
        for (Plan.Project pr : p.projects()) {
            add(out, pr.code(), pr.name(), pr.unitLabel(), pr.purpose(), pr.budget().total().toPlainString());
            if (pr.budget().fiscal() != null) {
                out.add(pr.budget().fiscal().toPlainString());
            }
            pr.goals().forEach(g -> add(out, g));
            for (Plan.Indicator i : pr.indicators()) {
                add(out, i.level1(), i.level2(), i.level3(), i.description(), i.value(), i.basis());
            }
        }
        List<String> split = new ArrayList<>();
        for (String s : out) {
            for (String line : s.split("\n")) {
                if (!line.isBlank()) {
                    split.add(line.strip());
                }
            }
        }
        return split;
    }

    private static void add(List<String> out, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
    }

    /** Runs a command and returns its standard output; fails when the tool is missing (CI installs it). */
    public static String run(String... command) {
        try {
            Path log = Files.createTempFile("cmd", ".out");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command[0] + " timed out");
            }
            // Lenient: a PDF whose fonts map a glyph to a broken code point must not fail the reading.
            String out = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            Files.delete(log);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(command[0] + " is not installed (run .ci/run, which installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String squash(String s) { return s.replaceAll("\\s+", ""); }
}
