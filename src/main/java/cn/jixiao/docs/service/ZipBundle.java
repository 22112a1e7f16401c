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
        return madeOnUnix(bytes.toByteArray());
    }

    /** rw-r--r--, a regular file, in the upper half of a central directory entry's external attributes. */
    private static final int UNIX_FILE_MODE = 0100644;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    /**
     * Java writes every entry as made on MS-DOS (version-made-by 0), and Info-ZIP's unzip (Debian's) then ignores
     * the UTF-8 flag and shows the Chinese names in a DOS code page. Marked as made on Unix with a file mode, as
     * Info-ZIP's own zip does, unzip reads them as UTF-8; Windows Explorer and 7-Zip go by the flag either way.
     */
    static byte[] madeOnUnix(byte[] zip) {
        int end = zip.length - 22;
        while (end >= 0 && int32(zip, end) != END_OF_CENTRAL_DIRECTORY) {
            end--;
        }
        int entries = int16(zip, end + 10);
        int p = int32(zip, end + 16);
        for (int i = 0; i < entries && int32(zip, p) == CENTRAL_HEADER; i++) {
            zip[p + 5] = 3; // the host system: Unix (the low byte, the zip version, stays)
            int attributes = UNIX_FILE_MODE << 16;
            for (int b = 0; b < 4; b++) {
                zip[p + 38 + b] = (byte) (attributes >>> (8 * b));
            }
            p += 46 + int16(zip, p + 28) + int16(zip, p + 30) + int16(zip, p + 32);
        }
        return zip;
    }

    private static int int16(byte[] b, int at) { return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8; }

    private static int int32(byte[] b, int at) { return int16(b, at) | int16(b, at + 2) << 16; }
}
