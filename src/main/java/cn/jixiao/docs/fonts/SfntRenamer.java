package cn.jixiao.docs.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one face of a TrueType or OpenType file (or collection) as a standalone font file under another name:
 * its tables as they are, with a new 'name' table. LibreOffice looks fonts up by family name and keeps one font
 * per PostScript name, so a face that serves two roles (Fandol's bold Song is both 宋体 bold and the 小标宋
 * title face) needs a copy of its own under each Word font name for LibreOffice to render the DOCX as the PDF.
 */
final class SfntRenamer {

    private static final int NAME_TAG = 0x6E616D65; // 'name'
    private static final int WINDOWS = 3;
    private static final int UNICODE_BMP = 1;
    private static final int[] LANGUAGES = {0x0409, 0x0804}; // en-US, zh-CN

    private SfntRenamer() {}

    /**
     * @param font       the font file's bytes
     * @param face       the face index in a collection (0 for a single font)
     * @param family     the family name to give it (e.g. 方正小标宋简体)
     * @param bold       whether it is the family's bold face
     * @param postScript an ASCII PostScript name, unique among the fonts written together
     */
    static byte[] rename(byte[] font, int face, String family, boolean bold, String postScript) {
        SfntFile file = SfntFile.read(ByteBuffer.wrap(font), face);
        List<SfntWriter.Table> tables = new ArrayList<>();
        for (SfntWriter.Table t : file.tables()) {
            tables.add(t.tag() == NAME_TAG ? new SfntWriter.Table(NAME_TAG, nameTable(family, bold, postScript)) : t);
        }
        return SfntWriter.write(file.version(), tables);
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
}
