package cn.jixiao.docs.workbook;

import cn.jixiao.docs.TestRendering;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edits a workbook as a clerk would, with another program than ours: Debian's openpyxl (python3-openpyxl), run by
 * the system python. The edit is Python with {@code wb} the open workbook; the result is saved like any .xlsx.
 */
final class Openpyxl {

    static final String PYTHON = "/usr/bin/python3";

    private Openpyxl() {}

    static byte[] edit(byte[] xlsx, String python) {
        try {
            Path dir = Files.createTempDirectory("openpyxl");
            Path in = dir.resolve("in.xlsx");
            Path out = dir.resolve("out.xlsx");
            Path script = dir.resolve("edit.py");
            Files.write(in, xlsx);
            Files.writeString(script, "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n" + python
                    + "\nwb.save(sys.argv[2])\n", StandardCharsets.UTF_8);
            TestRendering.run(PYTHON, script.toString(), in.toString(), out.toString());
            byte[] edited = Files.readAllBytes(out);
            for (Path p : new Path[] {in, out, script}) {
                Files.delete(p);
            }
            Files.delete(dir);
            return edited;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs Python on the workbook and returns what it prints (to inspect what another program sees). */
    static String inspect(byte[] xlsx, String python) {
        try {
            Path dir = Files.createTempDirectory("openpyxl");
            Path in = dir.resolve("in.xlsx");
            Path script = dir.resolve("look.py");
            Files.write(in, xlsx);
            Files.writeString(script, "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n" + python + "\n",
                    StandardCharsets.UTF_8);
            String printed = TestRendering.run(PYTHON, script.toString(), in.toString());
            Files.delete(in);
            Files.delete(script);
            Files.delete(dir);
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
