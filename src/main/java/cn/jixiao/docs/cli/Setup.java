package cn.jixiao.docs.cli;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.render.RendererSetup;
import cn.jixiao.docs.validation.Deployment;
import java.util.function.Supplier;

/**
 * The renderer every command shares, from --templates (or TEMPLATES_DIR) and --fonts (or FONTS_CONFIG); a wrong
 * setting is a usage error that names the option.
 */
public final class Setup {

    private Setup() {}

    public static Renderer renderer(Args args) {
        return usage(() -> RendererSetup.renderer(args.option("templates", System.getenv("TEMPLATES_DIR")), fonts(args)));
    }

    /** What validation must know of that renderer, without what only rendering needs. */
    public static Deployment deployment(Args args) {
        return usage(() -> RendererSetup.deployment(args.option("templates", System.getenv("TEMPLATES_DIR")), fonts(args)));
    }

    /** The font configuration --fonts (or FONTS_CONFIG) names, or the bundled one. */
    static FontConfig fontConfig(Args args) {
        return usage(() -> RendererSetup.fontConfig(fonts(args)));
    }

    private static String fonts(Args args) { return args.option("fonts", System.getenv("FONTS_CONFIG")); }

    private static <T> T usage(Supplier<T> setup) {
        try {
            return setup.get();
        } catch (RendererSetup.Invalid e) {
            String option = e.setting() == RendererSetup.Invalid.Setting.TEMPLATES ? "--templates" : "--fonts";
            throw new Args.UsageException(option + ": " + e.getMessage());
        }
    }
}
