package cn.jixiao.docs.fonts;

import cn.jixiao.docs.model.FontRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of the configured faces under the names the DOCX uses (仿宋_GB2312, 楷体_GB2312, 黑体, 宋体,
 * 方正小标宋简体, Times New Roman) and the fontconfig files that point LibreOffice at them, so that a DOCX opened
 * on Linux is set in the same faces as the PDF: {@code fonts.conf} holds these fonts only (for
 * {@code FONTCONFIG_FILE=…/fonts.conf soffice …}, as the tests run it), {@code 50-jixiao-docs.conf} adds them to a
 * desktop's own fonts (copy it into {@code ~/.config/fontconfig/conf.d/}).
 */
public final class WordFontFolder {

    private WordFontFolder() {}

    /** Writes the folder; returns the standalone fonts.conf. */
    public static Path write(FontConfig config, Path dir) throws IOException {
        Path fonts = dir.resolve("fonts");
        Files.createDirectories(fonts);
        for (FontRole role : FontRole.values()) {
            face(fonts, config.regularOf(role), role.wordName, false, "Jixiao" + role.name() + "-Regular");
            if (config.boldOf(role) != null) {
                face(fonts, config.boldOf(role), role.wordName, true, "Jixiao" + role.name() + "-Bold");
            }
        }
        face(fonts, config.latin(), FontRole.LATIN_WORD_NAME, false, "JixiaoLatin-Regular");
        if (config.latinBold() != null) {
            face(fonts, config.latinBold(), FontRole.LATIN_WORD_NAME, true, "JixiaoLatin-Bold");
        }
        int n = 0;
        for (String fallback : concat(config.serifFallbacks(), config.sansFallbacks())) {
            // fontconfig picks a fallback by coverage, not by name; a name of its own keeps its PostScript name
            // apart from a role face made from the same file.
            n++;
            face(fonts, fallback, "Jixiao Fallback " + n, false, "JixiaoFallback" + n + "-Regular");
        }
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, conf(fonts, dir.resolve("cache"), false), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("50-jixiao-docs.conf"), conf(fonts, null, true), StandardCharsets.UTF_8);
        return conf;
    }

    private static void face(Path fonts, String spec, String family, boolean bold,
                             String postScript) throws IOException {
        byte[] font = SfntRenamer.rename(FontFiles.read(spec), FontFiles.faceOf(spec), family, bold, postScript);
        boolean cff = font[0] == 'O' && font[1] == 'T' && font[2] == 'T' && font[3] == 'O';
        Path file = fonts.resolve(postScript + (cff ? ".otf" : ".ttf"));
        Files.write(file, font);
    }

    private static String conf(Path fonts, Path cache, boolean addToDesktop) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n");
        sb.append("<!-- Written by jixiao-docs: the faces of its PDF under the font names its DOCX uses. -->\n");
        sb.append("<fontconfig>\n  <dir>").append(escape(fonts.toAbsolutePath().toString())).append("</dir>\n");
        if (cache != null) {
            sb.append("  <cachedir>").append(escape(cache.toAbsolutePath().toString())).append("</cachedir>\n");
        }
        if (!addToDesktop) {
            // Nothing else: the rendering must not depend on what else a machine has installed.
            sb.append("  <config><rescan><int>0</int></rescan></config>\n");
        }
        return sb.append("</fontconfig>\n").toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
