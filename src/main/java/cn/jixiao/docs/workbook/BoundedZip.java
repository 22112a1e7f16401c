package cn.jixiao.docs.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The parts of an .xlsx, inflated once into memory under limits checked while inflating: a zip bomb or a sheet of a
 * million rows stops at the limit, after a few milliseconds, instead of filling the heap. POI then opens the package
 * from these bytes (its own zip limits are JVM-wide settings; these are per read).
 */
final class BoundedZip implements ZipEntrySource {

    /** A real workbook has about a dozen parts; a few hundred with pictures and many sheets. */
    static final int MAX_ENTRIES = 1000;
    /** Inflated, all parts together. The 64-project example is about 1 MB; the largest plan the contract allows, ~20 MB. */
    static final long MAX_INFLATED = 48L * 1024 * 1024;
    /** Spreadsheet XML inflates 5–20 times; beyond this a part is made to explode, not to be read. */
    static final int MAX_RATIO = 200;
    /** Parts below this may inflate as much as they like: tiny parts of repeated XML reach high ratios honestly. */
    private static final long RATIO_FREE = 1024 * 1024;

    private final Map<String, ZipArchiveEntry> entries;
    private final Map<String, byte[]> contents;

    private BoundedZip(Map<String, ZipArchiveEntry> entries, Map<String, byte[]> contents) {
        this.entries = entries;
        this.contents = contents;
    }

    static BoundedZip inflate(byte[] zip) throws UnreadableWorkbook {
        Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        long total = 0;
        long allowed = Math.min(MAX_INFLATED, Math.max(RATIO_FREE, (long) zip.length * MAX_RATIO));
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES || entries.containsKey(entry.getName())) {
                    throw new UnreadableWorkbook("workbook.error.notWorkbook");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = readAtMost(in, allowed - total);
                total += bytes.length;
                entries.put(entry.getName(), entry);
                contents.put(entry.getName(), bytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableWorkbook("workbook.error.notWorkbook");
        }
        if (entries.isEmpty()) {
            throw new UnreadableWorkbook("workbook.error.notWorkbook");
        }
        return new BoundedZip(entries, contents);
    }

    /** The entry's bytes, or a refusal as soon as it passes {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException, UnreadableWorkbook {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + (long) n > limit) {
                throw new UnreadableWorkbook("workbook.error.tooLarge", MAX_INFLATED / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() { return Collections.enumeration(entries.values()); }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        ZipArchiveEntry e = entries.get(path);
        if (e == null) {
            // OPC part names are case-insensitive; some writers differ in case from the content types part.
            for (Map.Entry<String, ZipArchiveEntry> candidate : entries.entrySet()) {
                if (candidate.getKey().equalsIgnoreCase(path)) {
                    return candidate.getValue();
                }
            }
        }
        return e;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) {
        byte[] bytes = contents.get(entry.getName());
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public void close() {
        // Nothing to release: the parts are plain byte arrays.
    }

    @Override
    public boolean isClosed() { return false; }
}
