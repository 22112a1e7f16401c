package cn.jixiao.docs.bench;

import cn.jixiao.docs.fonts.FontConfig;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.LaidOutDocument;
import cn.jixiao.docs.pdf.PdfWriterFromLayout;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import cn.jixiao.docs.workbook.UnreadableWorkbook;
import cn.jixiao.docs.workbook.WorkbookReader;
import cn.jixiao.docs.workbook.WorkbookWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * {@code bench render}: single-thread render times (run it pinned to one core with {@code taskset -c 0} for the
 * one-core targets) of the reference fixtures (warm, after JIT warm-up), the heap
 * used while rendering the large fixture, and cold command-line renders in fresh JVMs.
 * Targets (issue 14, on one core): warm PDF of 巨鹿县 ≤ 4 ms, its DOCX ≤ 1.5 ms, the 64-project plan ≤ 30 ms each;
 * a cold render of 巨鹿县 to both formats ≤ 0.6 s; heap ≤ 256 MB. CPU time beside wall time: on a shared machine the
 * wall time of a few milliseconds is partly other work. Also the
 * review of the large fixture (issue 13: under 5 ms warm), of the validated plan and with validation, and reading
 * the large fixture's staff workbook into a validated plan (issue 12: ≤ 50 ms warm).
 */
public final class RenderBench {

    private RenderBench() {}

    public static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
        Path julu = Path.of(args.length > 0 ? args[0] : "fixtures/001-julu-2024.json");
        Path large = Path.of(args.length > 1 ? args[1] : "fixtures/100-large-department.json");
        coldStarts(out, julu);
        long t0 = System.nanoTime();
        Renderer renderer = new Renderer(TemplateEngine.bundled(), new FontLibrary(FontConfig.defaults()));
        out.printf("font and template load in this JVM: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        byte[] small = Files.readAllBytes(julu);
        byte[] big = Files.readAllBytes(large);
        byte[] workbook = WorkbookWriter.write(Validator.validate(big).plan());
        // Warm every path first, until the JIT has settled: on one core C2 is still compiling the render path after
        // many seconds, and a measurement taken then says more about the compiler than about rendering.
        JitWarmUp warm = JitWarmUp.run(() -> {
            for (Format f : Format.values()) {
                renderer.render(small, Set.of(f));
                renderer.render(big, Set.of(f));
            }
            readWorkbook(workbook);
        }, 20, 180);
        out.println(warm.describe());
        for (Format f : Format.values()) {
            time(out, renderer, julu, small, f, 500);
            time(out, renderer, large, big, f, 20);
        }
        timePdfWriter(out, renderer, julu, small, 500);
        timePdfWriter(out, renderer, large, big, 20);
        timeWorkbook(out, large, workbook, 200);
        out.printf("heap while rendering %s (PDF+DOCX): peak %.0f MB%n", large.getFileName(), peakHeapMb(renderer, big));
        review(out, large, big);
        return 0;
    }

    private static void review(PrintStream out, Path name, byte[] json) {
        Reviewer reviewer = Reviewer.standard();
        Validation validated = Validator.validate(json);
        JitWarmUp.run(() -> reviewer.review(json), 5, 60);
        int runs = 500;
        // CPU time beside wall time: on a shared machine the wall time of a few milliseconds is mostly other work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Runnable reviewOnly = () -> reviewer.review(validated);
        double[] ms = sortedMillis(runs, System::nanoTime, reviewOnly);
        double[] cpu = sortedMillis(runs, threads::getCurrentThreadCpuTime, reviewOnly);
        out.printf("warm review %-30s median %7.2f ms  p90 %7.2f ms  best %7.2f ms  CPU median %5.2f ms"
                        + "  (%d findings, %d runs)%n",
                name.getFileName(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], cpu[runs / 2],
                reviewer.review(validated).findings().size(), runs);
        Runnable validateAndReview = () -> reviewer.review(json);
        ms = sortedMillis(runs, System::nanoTime, validateAndReview);
        cpu = sortedMillis(runs, threads::getCurrentThreadCpuTime, validateAndReview);
        out.printf("warm validate+review %-21s median %7.2f ms  p90 %7.2f ms  best %7.2f ms  CPU median %5.2f ms%n",
                name.getFileName(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], cpu[runs / 2]);
    }

    /** Each run's time on {@code clock} (nanoseconds), in milliseconds, fastest first. */
    private static double[] sortedMillis(int runs, LongSupplier clock, Runnable run) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = clock.getAsLong();
            run.run();
            ms[i] = (clock.getAsLong() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void time(PrintStream out, Renderer renderer, Path name, byte[] json, Format f, int runs) {
        Set<Format> formats = Set.of(f);
        for (int i = 0; i < runs; i++) {
            renderer.render(json, formats);
        }
        double[] ms = sortedMillis(runs, System::nanoTime, () -> renderer.render(json, formats));
        double[] cpu = sortedMillis(runs, ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime,
                () -> renderer.render(json, formats));
        Rendered last = renderer.render(json, formats);
        out.printf("warm %-4s %-32s median %7.1f ms  p90 %7.1f ms  best %7.1f ms  CPU median %6.2f ms  best %6.2f ms"
                        + "  (%d pages, %d KB, %d runs)%n",
                f.extension, name.getFileName(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], cpu[runs / 2], cpu[0],
                last.pages(), last.documents().get(f).length / 1024, runs);
    }

    /**
     * The PDF writer alone, on a layout made beforehand: its share of a warm PDF render (the rest is validation,
     * template and layout). CPU time beside wall time, since the machine may be shared.
     */
    private static void timePdfWriter(PrintStream out, Renderer renderer, Path name, byte[] json, int runs) {
        Document doc = renderer.templates().render(Validator.validate(json).plan());
        LaidOutDocument layout = Paginator.layout(doc, renderer.fonts());
        Runnable write = () -> {
            try {
                new PdfWriterFromLayout().write(layout, new ByteArrayOutputStream(256 * 1024));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        for (int i = 0; i < runs; i++) {
            write.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = sortedMillis(runs, System::nanoTime, write);
        double[] cpu = sortedMillis(runs, threads::getCurrentThreadCpuTime, write);
        out.printf("warm pdf writer only %-21s median %7.2f ms  p90 %7.2f ms  best %7.2f ms  CPU median %5.2f ms%n",
                name.getFileName(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], cpu[runs / 2]);
    }

    /** Workbook bytes to a validated plan: what the service and the CLI do before rendering a workbook. */
    private static Validation readWorkbook(byte[] xlsx) {
        try {
            return WorkbookReader.read(xlsx).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        } catch (UnreadableWorkbook e) {
            throw new IllegalStateException("the bench's own workbook is unreadable: " + e.problem(), e);
        }
    }

    private static void timeWorkbook(PrintStream out, Path name, byte[] xlsx, int runs) {
        double[] ms = sortedMillis(runs, System::nanoTime, () -> readWorkbook(xlsx));
        Validation last = readWorkbook(xlsx);
        out.printf("warm xlsx read %-27s median %7.1f ms  p90 %7.1f ms  best %7.1f ms  (%d projects, %d KB, %d runs)%n",
                name.getFileName(), ms[runs / 2], ms[(int) (runs * 0.9)], ms[0], last.plan().projects().size(),
                xlsx.length / 1024, runs);
    }

    private static double peakHeapMb(Renderer renderer, byte[] json) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        renderer.render(json, Set.of(Format.PDF, Format.DOCX));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }

    /** How many fresh JVMs each cold-start line is the median of. */
    private static final int COLD_RUNS = 10;

    /**
     * The command-line render of 001 to both formats in fresh JVMs, from {@code java} to exit: plain
     * {@code java -jar}, and with the class-data archive the build makes and the batch units' flags (the deploy
     * files' way to start a short-lived JVM).
     */
    private static void coldStarts(PrintStream out, Path input) throws IOException, InterruptedException {
        Path jar = BenchMain.productJar();
        Path archive = jar.resolveSibling("jixiao-docs.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> plain = List.of(java, "-jar", jar.toString());
        out.println(coldStart(input, plain, "java -jar"));
        if (Files.isRegularFile(archive)) {
            List<String> deploy = List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-jar", jar.toString());
            out.println(coldStart(input, deploy, "java -XX:SharedArchiveFile=… -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar"));
        }
    }

    private static String coldStart(Path input, List<String> javaJar, String label) throws IOException, InterruptedException {
        double[] ms = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            Path outDir = Files.createTempDirectory("bench-cold");
            List<String> command = new ArrayList<>(javaJar);
            command.addAll(List.of("render", input.toString(), "-o", outDir.toString()));
            long t = System.nanoTime();
            int exit = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            ms[i] = (System.nanoTime() - t) / 1e6;
            BatchBench.deleteTree(outDir);
            if (exit != 0) {
                throw new IllegalStateException("the cold render failed (exit " + exit + "): " + command);
            }
        }
        Arrays.sort(ms);
        return String.format("cold render of %s to DOCX + PDF (%s): median %.0f ms, best %.0f ms of %d fresh JVMs",
                input.getFileName(), label, ms[COLD_RUNS / 2], ms[0], COLD_RUNS);
    }
}
