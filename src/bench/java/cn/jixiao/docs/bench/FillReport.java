package cn.jixiao.docs.bench;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.LaidOutDocument;
import cn.jixiao.docs.page.PageLayout;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bench fill [FILE...]}: how well tables fill their pages, per plan (default: every fixture). It prints
 * the numbered pages under 25 % full (a divider page holding only a part title is by design and not counted)
 * and the table cells of three or more lines: a table with badly chosen column widths shows up as both.
 */
public final class FillReport {

    private static final float LOW_FILL = 0.25f;

    private FillReport() {}

    public static int run(String[] args, PrintStream out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        if (files.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        FontLibrary fonts = new FontLibrary(FontConfig.defaults());
        TemplateEngine templates = TemplateEngine.bundled();
        int lowTotal = 0;
        int tallTotal = 0;
        out.printf("%-36s %6s %18s %16s%n", "plan", "pages", "pages < 25 % full", "cells ≥ 3 lines");
        for (Path file : files) {
            Validation v = Validator.validate(Files.readAllBytes(file));
            if (!v.valid()) {
                out.printf("%-36s not a valid plan%n", file.getFileName());
                continue;
            }
            Document doc = templates.render(v.plan());
            LaidOutDocument layout = Paginator.layout(doc, fonts);
            List<Integer> low = new ArrayList<>();
            for (PageLayout page : layout.pages()) {
                if (page.number() > 0 && !dividerOnly(page) && fill(page, doc.page()) < LOW_FILL) {
                    low.add(page.number());
                }
            }
            lowTotal += low.size();
            tallTotal += layout.tallCells();
            out.printf("%-36s %6d %18s %16d%n", file.getFileName(), layout.pages().size(),
                    low.size() + (low.isEmpty() ? "" : " " + low), layout.tallCells());
        }
        out.printf("%-36s %6s %18d %16d%n", "total", "", lowTotal, tallTotal);
        return 0;
    }

    /** How far down the text area the page's content reaches, from 0 to 1; the footer is below it. */
    static float fill(PageLayout page, Document.Page paper) {
        float bottom = paper.top();
        for (PageLayout.Mark m : page.marks()) {
            float y = paper.top();
            if (m instanceof PageLayout.Glyphs g) {
                y = g.y() + g.size() * 0.12f;
            } else if (m instanceof PageLayout.Rule r) {
                y = Math.max(r.y1(), r.y2());
            }
            if (y <= paper.height() - paper.bottom() + 1) {
                bottom = Math.max(bottom, y);
            }
        }
        return (bottom - paper.top()) / paper.textHeight();
    }

    /** A page holding one title and nothing else (第二部分's divider): no table rules, text in one or two lines. */
    private static boolean dividerOnly(PageLayout page) {
        return page.marks().stream().noneMatch(m -> m instanceof PageLayout.Rule)
                && page.marks().stream().filter(m -> m instanceof PageLayout.Target).count() == 1
                && page.marks().stream().filter(m -> m instanceof PageLayout.Glyphs).map(m -> ((PageLayout.Glyphs) m).y())
                        .distinct().count() <= 3;
    }
}
