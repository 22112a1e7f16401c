package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The "both" download: the PDF and the DOCX of one render in one zip, with their Chinese names. */
final class ZipBundle {

    /**
     * Every entry gets this time so one plan always gives the same zip bytes. setTimeLocal writes the DOS time as
     * given, without the server's time zone and without extended-time fields.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ZipBundle() {}

    static byte[] of(Rendered rendered) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 * 1024);
        // A UTF-8 ZipOutputStream sets the language-encoding flag (bit 11) on every entry, so unzip tools and
        // Windows Explorer show 巨鹿县… instead of mojibake.
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // PDF and DOCX are compressed already; the fastest level saves the CPU for rendering.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Format f : Format.values()) {
                byte[] doc = rendered.documents().get(f);
                if (doc == null) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(rendered.fileName(f));
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(doc);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }
}
