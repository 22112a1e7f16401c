package cn.jixiao.docs.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Files that are not workbooks we can read, made the way they occur: by real programs, not by hand. */
public final class HostileFiles {

    private HostileFiles() {}

    /** A workbook cut off half-way, as an interrupted upload or copy leaves it. */
    public static byte[] truncated() {
        byte[] xlsx = WorkbookWriter.blank();
        return Arrays.copyOf(xlsx, xlsx.length / 2);
    }

    /** The blank workbook with an open password, as Excel's 「用密码进行加密」 saves it (agile encryption). */
    public static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mima123");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(WorkbookWriter.blank()));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Excel 97-2003 .xls (WPS's .et is the same OLE2 kind of file). */
    public static byte[] xls() {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("部门信息").createRow(0).createCell(0).setCellValue("栏目");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small zip whose one sheet inflates to {@code megabytes} MB of nothing. */
    public static byte[] zipBomb(int megabytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] spaces = new byte[1024 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < megabytes; i++) {
                    zip.write(spaces);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Our workbook with {@code rows} rows of seven formulas on 『绩效指标』 and no results for them, as a program that
     * writes workbooks leaves them: each reads as a problem, not as a value, and must count against the cell limit.
     */
    public static byte[] formulas(int rows) {
        try {
            return withoutResults(indicatorRows(rows, row -> {
                for (int c = 0; c < 7; c++) {
                    row.createCell(c).setCellFormula("1+1");
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook with every formula's result taken out (POI's writer stores 0 for each). */
    private static byte[] withoutResults(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("formulas", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var in = new java.util.zip.ZipFile(file.toFile()); var zip = new ZipOutputStream(out)) {
                for (var e : java.util.Collections.list(in.entries())) {
                    byte[] part = in.getInputStream(e).readAllBytes();
                    if (e.getName().startsWith("xl/worksheets/")) {
                        part = new String(part, StandardCharsets.UTF_8).replace("<v>0.0</v>", "").getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(part);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** Our workbook with {@code rows} filled rows on 『绩效指标』, written by POI's streaming writer. */
    public static byte[] rows(int rows) { return rows(rows, true); }

    /**
     * Our workbook with {@code rows} rows on 『绩效指标』 that hold a cell each ({@code filled}) or nothing (formatted
     * but empty rows, as a clerk's select-all-and-format leaves them), by POI's streaming writer.
     */
    public static byte[] rows(int rows, boolean filled) {
        return indicatorRows(rows, row -> {
            if (filled) {
                row.createCell(0).setCellValue(row.getRowNum());
            } else {
                row.setHeightInPoints(20);
            }
        });
    }

    /** Our sheets, empty but for {@code rows} rows on 『绩效指标』 that {@code fill} makes, by POI's streaming writer. */
    private static byte[] indicatorRows(int rows, java.util.function.Consumer<org.apache.poi.ss.usermodel.Row> fill) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            for (String name : new String[] {"部门信息", "整体目标", "项目"}) {
                wb.createSheet(name);
            }
            SXSSFSheet sheet = wb.createSheet("绩效指标");
            for (int r = 0; r < rows; r++) {
                fill.accept(sheet.createRow(r));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
