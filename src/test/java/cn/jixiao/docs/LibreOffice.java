package cn.jixiao.docs;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.WordFontFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice as the tests run it: on the bundled faces under the DOCX's font names (the {@code fonts} command's
 * folder) and nothing else, so that its rendering depends on the product and not on what a machine has installed;
 * and with the locale of a Chinese clerk's machine whatever the test machine's, since LibreOffice sets some text
 * by it: a paragraph that starts with 「①」 or 「⑫」 takes the locale's script, and under en-US LibreOffice spaces
 * them from the Chinese after them as Latin text.
 */
public final class LibreOffice {

    private static Path fontsConf;

    private LibreOffice() {}

    /** Converts each DOCX to a PDF of the same name in {@code outDir}. */
    public static void toPdf(List<Path> docx, Path outDir) {
        Path work = outDir.resolveSibling(outDir.getFileName() + "-profile");
        chineseLocale(work);
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString()));
        docx.forEach(d -> command.add(d.toString()));
        try {
            Path log = Files.createTempFile("soffice", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("FONTCONFIG_FILE", fontsConf().toString());
            Process p = pb.start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("soffice timed out");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (p.exitValue() != 0) {
                throw new AssertionError("soffice failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("soffice is not installed (run .ci/run, which installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void chineseLocale(Path profile) {
        try {
            Path settings = Files.createDirectories(profile.resolve("user")).resolve("registrymodifications.xcu");
            Files.writeString(settings, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry">
                    <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
                    <value>zh-CN</value></prop></item>
                    </oor:items>
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standalone fontconfig file, written once per test run under target/. */
    public static synchronized Path fontsConf() throws IOException {
        if (fontsConf == null) {
            fontsConf = WordFontFolder.write(FontConfig.defaults(), Path.of("target", "libreoffice-fonts")).toAbsolutePath();
        }
        return fontsConf;
    }
}
