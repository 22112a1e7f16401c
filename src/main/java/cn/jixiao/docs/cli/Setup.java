package cn.jixiao.docs.cli;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.template.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the renderer every command shares from --templates and --fonts (or FONTS_CONFIG). */
public final class Setup {

    private Setup() {}

    public static Renderer renderer(Args args) {
        String templates = args.option("templates", System.getenv("TEMPLATES_DIR"));
        TemplateEngine engine;
        if (templates == null || templates.isBlank()) {
            engine = TemplateEngine.bundled();
        } else {
            Path dir = Path.of(templates);
            if (!Files.isDirectory(dir)) {
                throw new Args.UsageException("--templates: no such folder " + dir);
            }
            engine = TemplateEngine.fromDirectory(dir);
        }
        FontConfig config = fontConfig(args);
        try {
            return new Renderer(engine, new FontLibrary(config));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--fonts: " + e.getMessage());
        }
    }

    /** The font configuration --fonts (or FONTS_CONFIG) names, or the bundled one. */
    static FontConfig fontConfig(Args args) {
        String fonts = args.option("fonts", System.getenv("FONTS_CONFIG"));
        try {
            return fonts == null || fonts.isBlank() ? FontConfig.defaults() : FontConfig.read(Path.of(fonts));
        } catch (IOException e) {
            throw new Args.UsageException("--fonts: cannot read " + fonts + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--fonts: " + e.getMessage());
        }
    }
}
