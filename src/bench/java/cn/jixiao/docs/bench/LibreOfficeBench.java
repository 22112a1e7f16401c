package cn.jixiao.docs.bench;

import cn.jixiao.docs.cli.Args;
import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.WordFontFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench libreoffice [--count 200] [--fixture FILE] [--work DIR] [--keep]}: the end-to-end comparison with
 * the route this product replaces. A batch of COUNT plans made from one fixture (by default the 4-project 巨鹿县
 * plan) renders to DOCX and PDF in a fresh JVM started with the flags the deploy files use, JVM start included;
 * then LibreOffice converts the same DOCX files to PDF in one call ({@code soffice --convert-to pdf}), with the
 * fonts the PDF uses. Prints wall and CPU time per plan and per converted document, and the ratio; exit 0 when
 * the batch is at least {@value #TARGET_RATIO} times faster per document, 1 when not, 2 when soffice is missing.
 *
 * <p>CPU time is the children's, read from /proc/self/stat after each has exited (Linux only; shown as NaN
 * elsewhere): the number that holds on a machine shared with other work.
 */
public final class LibreOfficeBench {

    private static final double TARGET_RATIO = 20;
    /** The batch units' flags (deploy/systemd/jixiao-docs-batch.service), the archive added when the build made one. */
    private static final List<String> DEPLOY_FLAGS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private LibreOfficeBench() {}

    public static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
        Args a = Args.parse(args, 0, Set.of("count", "fixture", "work"), Set.of("keep"));
        int count = a.intOption("count", 200);
        Path fixture = Path.of(a.option("fixture", "fixtures/001-julu-2024.json"));
        if (!sofficeInstalled()) {
            out.println("bench libreoffice needs LibreOffice's soffice on the PATH "
                    + "(Debian: apt-get install libreoffice-writer-nogui)");
            return 2;
        }
        Path work = a.options().containsKey("work") ? Path.of(a.option("work", "")) : Files.createTempDirectory("lo-bench");
        try {
            Path in = work.resolve("in");
            Path ours = work.resolve("out");
            BatchBench.generate(List.of(fixture), in, count);
            out.printf("%d plans made from %s%n", count, fixture);

            List<String> batch = new ArrayList<>(List.of(java()));
            batch.addAll(DEPLOY_FLAGS);
            Path product = BenchMain.productJar();
            Path archive = product.resolveSibling("jixiao-docs.jsa");
            if (Files.isRegularFile(archive)) {
                batch.add("-XX:SharedArchiveFile=" + archive);
            }
            batch.addAll(List.of("-jar", product.toString(), "batch", in.toString(), ours.toString(), "--format", "pdf,docx"));
            out.printf("our batch: %s%n", String.join(" ", batch));
            Timed jixiao = Timed.run(batch, null, work.resolve("batch.log"));
            List<Path> docx = files(ours, ".docx");
            if (jixiao.exit() != 0 || docx.size() != count) {
                out.printf("the batch failed (exit %d, %d of %d DOCX); see %s%n", jixiao.exit(), docx.size(), count,
                        work.resolve("batch.log"));
                return 1;
            }

            Path fontsConf = WordFontFolder.write(FontConfig.defaults(), work.resolve("fonts"));
            String profile = "-env:UserInstallation=" + work.resolve("lo-profile").toUri();
            // LibreOffice's first start in a new profile sets the profile up; a desktop user's has that done already.
            Timed.run(List.of("soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                    work.resolve("lo-warm").toString(), docx.get(0).toString()), fontsConf, work.resolve("lo-warm.log"));
            List<String> convert = new ArrayList<>(List.of("soffice", profile, "--headless", "--convert-to", "pdf",
                    "--outdir", work.resolve("lo").toString()));
            docx.forEach(d -> convert.add(d.toString()));
            Timed lo = Timed.run(convert, fontsConf, work.resolve("lo.log"));
            int converted = files(work.resolve("lo"), ".pdf").size();

            double oursWall = jixiao.wallMs() / count;
            double oursCpu = jixiao.cpuMs() / count;
            double loWall = lo.wallMs() / Math.max(1, converted);
            double loCpu = lo.cpuMs() / Math.max(1, converted);
            out.printf("jixiao-docs batch (%s, new JVM, DOCX + PDF): %.0f ms wall, %.0f ms CPU for %d plans = "
                    + "%.1f ms wall, %.1f ms CPU per plan%n", String.join(" ", DEPLOY_FLAGS), jixiao.wallMs(),
                    jixiao.cpuMs(), count, oursWall, oursCpu);
            out.printf("LibreOffice --convert-to pdf, one call: %.0f ms wall, %.0f ms CPU for %d of %d DOCX = "
                    + "%.1f ms wall, %.1f ms CPU per document%n", lo.wallMs(), lo.cpuMs(), converted, docx.size(),
                    loWall, loCpu);
            double ratio = loWall / oursWall;
            out.printf("per document: %.1fx faster in wall time, %.1fx in CPU time; target >= %.0fx: %s%n", ratio,
                    loCpu / oursCpu, TARGET_RATIO, ratio >= TARGET_RATIO ? "PASS" : "FAIL");
            return converted == docx.size() && ratio >= TARGET_RATIO ? 0 : 1;
        } finally {
            if (!a.flag("keep") && !a.options().containsKey("work")) {
                BatchBench.deleteTree(work);
            }
        }
    }

    /** One child process's wall time and the CPU time it and its children used. */
    private record Timed(int exit, double wallMs, double cpuMs) {
        static Timed run(List<String> command, Path fontsConf, Path log) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (fontsConf != null) {
                pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
            }
            double cpu0 = ChildrenCpu.millis();
            long t = System.nanoTime();
            int exit = pb.start().waitFor();
            return new Timed(exit, (System.nanoTime() - t) / 1e6, ChildrenCpu.millis() - cpu0);
        }
    }

    private static boolean sofficeInstalled() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
