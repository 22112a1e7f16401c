package cn.jixiao.docs.render;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.layout.WordDictionary;
import cn.jixiao.docs.pdf.PdfWriterFromLayout;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.util.Threads;
import cn.jixiao.docs.validation.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The renderer a deployment configures: its template sets (a folder, or the bundled ones) and its fonts (a fonts
 * file, or the bundled faces). Every shell builds its renderer here; each says in its own words which of its
 * settings a {@link Invalid} is about.
 */
public final class RendererSetup {

    /** Which setting is wrong, and why (the message names the folder or file). */
    public static final class Invalid extends IllegalArgumentException {
        public enum Setting { TEMPLATES, FONTS }

        private final Setting setting;

        Invalid(Setting setting, String message) {
            super(message);
            this.setting = setting;
        }

        public Setting setting() { return setting; }
    }

    private RendererSetup() {}

    /** {@code templatesDir} and {@code fontsFile} may be null or blank: the bundled ones. */
    public static Renderer renderer(String templatesDir, String fontsFile) {
        // ICU's word dictionary is needed by the first title the layout breaks; loaded now, beside the fonts and
        // the templates, it is off the first render's path. The PDF library's start follows it on that thread,
        // while the first render validates and lays out.
        Threads.daemons("start-up-dictionary-and-pdf").newThread(() -> {
            WordDictionary.load();
            PdfWriterFromLayout.prepare();
        }).start();
        return build(templatesDir, fontsFile);
    }

    /**
     * What validation must know of that renderer (its template sets, its fonts' coverage), for a command that only
     * validates or reviews and so never needs the word dictionary.
     */
    public static Deployment deployment(String templatesDir, String fontsFile) {
        return build(templatesDir, fontsFile).deployment();
    }

    private static Renderer build(String templatesDir, String fontsFile) {
        // The fonts and the templates each take a good part of a cold start and neither needs the other: loaded
        // side by side (with the dictionary), a command-line render of 001 ends about 40 ms sooner on two cores
        // (median of 20 cold runs with the deploy flags, 0.78 → 0.74 s).
        FontConfig config = fontConfig(fontsFile);
        FutureTask<FontLibrary> fonts = new FutureTask<>(() -> new FontLibrary(config));
        Threads.daemons("start-up-fonts").newThread(fonts).start();
        TemplateEngine engine = templates(templatesDir);
        return new Renderer(engine, loaded(fonts));
    }

    private static FontLibrary loaded(FutureTask<FontLibrary> fonts) {
        try {
            return fonts.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the fonts loaded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw new Invalid(Invalid.Setting.FONTS, bad.getMessage());
            }
            if (e.getCause() instanceof RuntimeException other) {
                throw other;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The font configuration a fonts file names, or the bundled one for null or blank. */
    public static FontConfig fontConfig(String fontsFile) {
        try {
            return fontsFile == null || fontsFile.isBlank() ? FontConfig.defaults() : FontConfig.read(Path.of(fontsFile));
        } catch (IOException e) {
            throw new Invalid(Invalid.Setting.FONTS, "cannot read " + fontsFile + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Invalid(Invalid.Setting.FONTS, e.getMessage());
        }
    }

    private static TemplateEngine templates(String templatesDir) {
        if (templatesDir == null || templatesDir.isBlank()) {
            return TemplateEngine.bundled();
        }
        Path dir = Path.of(templatesDir);
        if (!Files.isDirectory(dir)) {
            throw new Invalid(Invalid.Setting.TEMPLATES, "no such folder " + dir);
        }
        return TemplateEngine.fromDirectory(dir);
    }
}
