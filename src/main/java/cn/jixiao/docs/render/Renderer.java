package cn.jixiao.docs.render;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.docx.DocxWriter;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.DocumentWriter;
import cn.jixiao.docs.page.LaidOutDocument;
import cn.jixiao.docs.pdf.PdfWriterFromLayout;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.util.InvisibleCharacters;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one render call the CLI, the service and the batch share: contract JSON in, documents out.
 * validate → admit → template → model → layout → writers. Thread-safe: every part is immutable or per call.
 */
public final class Renderer {

    /**
     * A file name's bytes at most, without its extension: Linux and most file systems allow 255 per name, and the
     * batch's temporary file adds a dot, the extension and about 30 more.
     */
    static final int MAX_NAME_BYTES = 200;

    /** One writer a format, each given the same laid-out document. */
    private static final Map<Format, DocumentWriter> WRITERS = Map.of(
            Format.PDF, new PdfWriterFromLayout(),
            Format.DOCX, new DocxWriter());

    private final TemplateEngine templates;
    private final FontLibrary fonts;
    private final Deployment deployment;

    public Renderer(TemplateEngine templates, FontLibrary fonts) {
        this.templates = templates;
        this.fonts = fonts;
        this.deployment = new FontsAndTemplates(templates, fonts);
    }

    public TemplateEngine templates() { return templates; }

    public FontLibrary fonts() { return fonts; }

    /** This renderer's template sets and fonts, for a validation that must give the answer rendering would. */
    public Deployment deployment() { return deployment; }

    public Rendered render(byte[] json, Set<Format> formats) {
        return render(json, formats, Cancellation.NONE, Admission.UNLIMITED);
    }

    /**
     * Validates exactly as {@link Validator#validate(byte[], Deployment)} with this deployment, asks {@code admission}
     * for the memory the plan is estimated to need, then renders, giving up with {@link Cancellation.Cancelled}
     * between blocks and stages once {@code cancellation} says so.
     */
    public Rendered render(byte[] json, Set<Format> formats, Cancellation cancellation, Admission admission) {
        return render(Validator.validate(json, deployment), formats, cancellation, admission);
    }

    /**
     * Renders a plan already validated with this renderer's {@link #deployment()}, for a caller that needed the
     * validation itself first (the batch reviews every input, rendered or not): the JSON is read once.
     */
    public Rendered render(Validation v, Set<Format> formats, Cancellation cancellation, Admission admission) {
        List<Problem> problems = new ArrayList<>(v.problems());
        if (!v.valid()) {
            return Rendered.failed(problems);
        }
        Plan plan = v.plan();
        cancellation.check();
        try (Admission.Permit permit = admission.admit(RenderCost.bytes(plan, formats))) {
            Document doc = templates.render(plan);
            cancellation.check();
            LaidOutDocument layout = Paginator.layout(doc, fonts, cancellation);
            templateGlyphs(problems, layout.missingGlyphs(), "warning.missingGlyph", "warning.templateGlyph");
            templateGlyphs(problems, layout.substitutedGlyphs(), "warning.substitutedGlyph", "warning.templateSubstitutedGlyph");
            Map<Format, byte[]> out = new EnumMap<>(Format.class);
            for (Format f : formats) {
                cancellation.check();
                ByteChunks bytes = new ByteChunks();
                WRITERS.get(f).write(layout, bytes);
                out.put(f, bytes.toByteArray());
            }
            return new Rendered(problems, out, baseName(plan), asciiName(plan), layout.pages().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validation has told of every character of the plan's text that no font draws or that a serif line borrows
     * from a sans face; one the layout still met comes from the template set (its own words, or a plan field it sets
     * in 黑体), which the deployment owns: told too, without a field.
     */
    private static void templateGlyphs(List<Problem> problems, List<Integer> codePoints, String planKey, String templateKey) {
        Set<String> told = new HashSet<>();
        for (Problem p : problems) {
            told.add(p.message());
        }
        Messages m = Messages.get();
        for (int cp : codePoints) {
            String shown = new String(Character.toChars(cp));
            String hex = String.format("%04X", cp);
            String asPlan = planKey.equals("warning.missingGlyph") ? m.format(planKey, shown, hex)
                    : m.format(planKey, shown, hex, m.get("glyph.serif"), m.get("glyph.sans"));
            if (!told.contains(asPlan)) {
                problems.add(Problem.of(Problem.Severity.WARNING, templateKey, shown, hex));
            }
        }
    }

    /** The prefix, the department code's ASCII letters and digits (at most 40), the year. */
    static String asciiName(Plan plan) {
        String code = plan.department().code().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        code = code.length() > 40 ? code.substring(0, 40) : code;
        return "jixiao-docs-" + (code.isEmpty() ? "" : code + "-") + plan.year();
    }

    /**
     * 「{department}{year}年部门预算绩效文本」, with characters no file system accepts replaced, and the department
     * shortened (with 「…」) where the whole would outgrow {@link #MAX_NAME_BYTES} bytes of UTF-8.
     */
    static String baseName(Plan plan) {
        // Without invisible characters: a name with a zero-width space pasted in would look like, and not be, the
        // department's other file.
        String department = InvisibleCharacters.removedFrom(plan.department().name())
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        String name = Messages.get().format("file.name", department, plan.year());
        int over = name.getBytes(StandardCharsets.UTF_8).length - MAX_NAME_BYTES;
        if (over > 0) {
            int keep = department.length();
            while (keep > 0 && department.substring(0, keep).getBytes(StandardCharsets.UTF_8).length
                    > department.getBytes(StandardCharsets.UTF_8).length - over - "…".getBytes(StandardCharsets.UTF_8).length) {
                keep = department.offsetByCodePoints(keep, -1);
            }
            name = Messages.get().format("file.name", department.substring(0, keep) + "…", plan.year());
        }
        return name.strip();
    }
}
