package cn.jixiao.docs.render;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.docx.DocxWriter;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.layout.Layout;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.pdf.PdfWriterFromLayout;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.validation.Messages;
import cn.jixiao.docs.validation.Problem;
import cn.jixiao.docs.validation.TextLocator;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one render call the CLI, the service and the batch share: contract JSON in, documents out.
 * validate → template → model → layout → writers. Thread-safe: every part is immutable or per call.
 */
public final class Renderer {

    private final TemplateEngine templates;
    private final FontLibrary fonts;
    private final DocxWriter docx = new DocxWriter();

    public Renderer(TemplateEngine templates, FontLibrary fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    public TemplateEngine templates() { return templates; }

    public FontLibrary fonts() { return fonts; }

    public Rendered render(byte[] json, Set<Format> formats) {
        Validation v = Validator.validate(json);
        List<Problem> problems = new ArrayList<>(v.problems());
        if (!v.valid()) {
            return new Rendered(problems, Map.of(), "", 0);
        }
        Plan plan = v.plan();
        if (plan.template() != null && !templates.hasSet(plan.template())) {
            problems.add(Validator.problem(Problem.Severity.ERROR, "/template", "error.unknownTemplate",
                    plan.template(), String.join("、", templates.setNames())));
            return new Rendered(problems, Map.of(), "", 0);
        }
        Document doc = templates.render(plan);
        Layout layout = Paginator.layout(doc, fonts);
        glyphWarnings(problems, json, layout.missingGlyphs(), "warning.missingGlyph");
        glyphWarnings(problems, json, layout.substitutedGlyphs(), "warning.substitutedGlyph");
        Map<Format, byte[]> out = new EnumMap<>(Format.class);
        try {
            for (Format f : formats) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
                switch (f) {
                    case PDF -> PdfWriterFromLayout.write(doc, layout, bytes);
                    case DOCX -> docx.write(layout.document(), bytes);
                }
                out.put(f, bytes.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(problems, out, baseName(plan), layout.pages().size());
    }

    private static void glyphWarnings(List<Problem> problems, byte[] json, List<Integer> codePoints, String key) {
        for (int cp : codePoints) {
            problems.add(Validator.problem(Problem.Severity.WARNING, TextLocator.find(json, cp), key,
                    new String(Character.toChars(cp)), String.format("%04X", cp)));
        }
    }

    /** 「{department}{year}年部门预算绩效文本」, with characters no file system accepts replaced. */
    static String baseName(Plan plan) {
        String name = Messages.get().format("file.name", plan.department().name(), plan.year());
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }
}
