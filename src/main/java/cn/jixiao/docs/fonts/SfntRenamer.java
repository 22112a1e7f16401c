package cn.jixiao.docs.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes one face of a TrueType or OpenType file (or collection) as a standalone font file under another name:
 * its tables as they are, with a new 'name' table. LibreOffice looks fonts up by family name and keeps one font
 * per PostScript name, so a face that serves two roles (Fandol's bold Song is both 宋体 bold and the 小标宋
 * title face) needs a copy of its own under each Word font name for LibreOffice to render the DOCX as the PDF.
 */
final class SfntRenamer {

    private static final int TTC_TAG = 0x74746366; // 'ttcf'
    private static final int NAME_TAG = 0x6E616D65; // 'name'
    private static final int HEAD_TAG = 0x68656164; // 'head'
    private static final int WINDOWS = 3;
    private static final int UNICODE_BMP = 1;
    private static final int[] LANGUAGES = {0x0409, 0x0804}; // en-US, zh-CN

    private SfntRenamer() {}

    private record Table(int tag, byte[] data) {}

    /**
     * @param font       the font file's bytes
     * @param face       the face index in a collection (0 for a single font)
     * @param family     the family name to give it (e.g. 方正小标宋简体)
     * @param bold       whether it is the family's bold face
     * @param postScript an ASCII PostScript name, unique among the fonts written together
     */
    static byte[] rename(byte[] font, int face, String family, boolean bold, String postScript) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int offset = 0;
        if (in.getInt(0) == TTC_TAG) {
            int faces = in.getInt(8);
            if (face < 0 || face >= faces) {
                throw new IllegalArgumentException("the collection has " + faces + " faces, not face " + face);
            }
            offset = in.getInt(12 + 4 * face);
        }
        int sfntVersion = in.getInt(offset);
        int count = Short.toUnsignedInt(in.getShort(offset + 4));
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int record = offset + 12 + 16 * i;
            int tag = in.getInt(record);
            int at = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] data = new byte[length];
            System.arraycopy(font, at, data, 0, length);
            tables.add(new Table(tag, tag == NAME_TAG ? nameTable(family, bold, postScript) : data));
        }
        tables.sort(Comparator.comparingLong(t -> Integer.toUnsignedLong(t.tag())));
        return assemble(sfntVersion, tables);
    }

    private static byte[] nameTable(String family, boolean bold, String postScript) {
        String style = bold ? "Bold" : "Regular";
        String[][] names = {
            {"1", family}, {"2", style}, {"3", postScript}, {"4", family + " " + style}, {"6", postScript},
        };
        List<byte[]> strings = new ArrayList<>();
        List<int[]> records = new ArrayList<>(); // language, nameID, string index
        for (int language : LANGUAGES) {
            for (String[] n : names) {
                records.add(new int[] {language, Integer.parseInt(n[0]), strings.size()});
                strings.add(n[1].getBytes(StandardCharsets.UTF_16BE));
            }
        }
        int storage = 6 + 12 * records.size();
        ByteBuffer out = ByteBuffer.allocate(storage + strings.stream().mapToInt(b -> b.length).sum());
        out.putShort((short) 0).putShort((short) records.size()).putShort((short) storage);
        int at = 0;
        for (int[] r : records) {
            byte[] s = strings.get(r[2]);
            out.putShort((short) WINDOWS).putShort((short) UNICODE_BMP).putShort((short) r[0]).putShort((short) r[1])
                    .putShort((short) s.length).putShort((short) at);
            at += s.length;
        }
        strings.forEach(out::put);
        return out.array();
    }

    /** A table directory, the tables 4-byte aligned, checksums and head.checkSumAdjustment recomputed. */
    private static byte[] assemble(int sfntVersion, List<Table> tables) {
        int n = tables.size();
        int power = Integer.highestOneBit(n);
        ByteBuffer dir = ByteBuffer.allocate(12 + 16 * n);
        dir.putInt(sfntVersion).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int at = dir.capacity();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int headAt = -1;
        for (Table t : tables) {
            byte[] data = t.data();
            if (t.tag() == HEAD_TAG) {
                data = data.clone();
                ByteBuffer.wrap(data).putInt(8, 0);
                headAt = at;
            }
            dir.putInt(t.tag()).putInt(checksum(data, data.length)).putInt(at).putInt(data.length);
            body.writeBytes(data);
            int padded = (data.length + 3) & ~3;
            body.writeBytes(new byte[padded - data.length]);
            at += padded;
        }
        byte[] out = new byte[at];
        System.arraycopy(dir.array(), 0, out, 0, dir.capacity());
        System.arraycopy(body.toByteArray(), 0, out, dir.capacity(), at - dir.capacity());
        if (headAt >= 0) {
            ByteBuffer.wrap(out).putInt(headAt + 8, 0xB1B0AFBA - checksum(out, out.length));
        }
        return out;
    }

    private static int checksum(byte[] data, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < length ? data[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }
}
