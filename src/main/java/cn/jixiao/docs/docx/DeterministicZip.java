package cn.jixiao.docs.docx;

import cn.jixiao.docs.deflate.LzDeflate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A zip writer whose bytes depend only on what is put into it: a zip stamps every entry with a time, which by
 * default is the current one, so two renders of one document would differ. Entries appear in the order they are
 * added; every entry carries the same fixed timestamp and no extra fields. The parts are deflated together, in one
 * code ({@link LzDeflate#raw}), when the zip is finished: java.util.zip's fastest level spent a tenth of a DOCX's
 * render on them, and its writer takes no entry already deflated, so the container is written here, as PKWARE's
 * APPNOTE lays it out: each entry's local header and data, then the central directory and its end.
 */
final class DeterministicZip {

    /**
     * DOS timestamps are local date-times without a zone. Using the China Standard Time wall clock of the
     * document's creation keeps them meaningful to the people who receive the file, and using a fixed offset
     * (not the server's default zone) keeps them identical wherever the service runs.
     */
    private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** Version 2.0: what deflate needs. */
    private static final int VERSION = 20;
    /** Names are UTF-8, as java.util.zip marks them. */
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DEFLATED = 8;

    private final OutputStream out;
    private final int dosTime;
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> parts = new ArrayList<>();

    DeterministicZip(OutputStream out, Instant time) {
        this.out = out;
        this.dosTime = dosTime(time);
    }

    /** Adds a whole part; it is written by {@link #finish}. */
    void add(String name, byte[] bytes) {
        names.add(name);
        parts.add(bytes);
    }

    /** Writes the entries and the central directory; the caller's stream stays open, as callers expect. */
    void finish() throws IOException {
        List<byte[]> deflated = new LzDeflate().raw(parts);
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
            byte[] part = parts.get(i);
            byte[] data = deflated.get(i);
            CRC32 crc = new CRC32();
            crc.update(part);
            ByteBuffer local = header(30 + name.length);
            local.putInt(LOCAL_HEADER).putShort((short) VERSION);
            entry(local, (int) crc.getValue(), data.length, part.length, name.length).putShort((short) 0).put(name);
            out.write(local.array());
            out.write(data);

            ByteBuffer directory = header(46 + name.length);
            directory.putInt(CENTRAL_HEADER).putShort((short) VERSION).putShort((short) VERSION);
            entry(directory, (int) crc.getValue(), data.length, part.length, name.length)
                    .putShort((short) 0) // extra field
                    .putShort((short) 0) // comment
                    .putShort((short) 0) // disk
                    .putShort((short) 0) // internal attributes
                    .putInt(0) // external attributes
                    .putInt(u32(offset))
                    .put(name);
            central.write(directory.array());
            offset += local.capacity() + data.length;
        }
        ByteBuffer end = header(22);
        end.putInt(END_OF_CENTRAL_DIRECTORY).putShort((short) 0).putShort((short) 0)
                .putShort((short) parts.size()).putShort((short) parts.size())
                .putInt(central.size()).putInt(u32(offset)).putShort((short) 0);
        central.writeTo(out);
        out.write(end.array());
        out.flush();
    }

    /** The fields a local header and a central one share, from the flags to the name's length. */
    private ByteBuffer entry(ByteBuffer b, int crc, int compressed, int size, int nameLength) {
        return b.putShort((short) UTF8_NAMES).putShort((short) DEFLATED).putInt(dosTime).putInt(crc)
                .putInt(compressed).putInt(size).putShort((short) nameLength);
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A DOCX is far from the 4 GB a zip without its 64-bit extension can hold; one that is not is refused. */
    private static int u32(long offset) throws IOException {
        if (offset > 0xFFFF_FFFFL) {
            throw new IOException("DOCX larger than 4 GB");
        }
        return (int) offset;
    }

    /** The time in DOS format: the date in the high half (years from 1980, month, day), the time in 2-second steps. */
    private static int dosTime(Instant time) {
        LocalDateTime t = dosDateTime(time);
        return (t.getYear() - 1980) << 25 | t.getMonthValue() << 21 | t.getDayOfMonth() << 16
                | t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() >> 1;
    }

    private static LocalDateTime dosDateTime(Instant time) {
        LocalDateTime t = time == null
                ? LocalDateTime.of(1980, 1, 1, 0, 0)
                : LocalDateTime.ofInstant(time, CHINA_STANDARD_TIME).withNano(0);
        // The DOS format covers 1980..2107.
        if (t.getYear() < 1980) {
            return LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        if (t.getYear() > 2107) {
            return LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        }
        return t;
    }
}
