package cn.jixiao.docs.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;

/** Writes a font file from its tables: the directory in tag order, tables 4-byte aligned, checksums computed. */
final class SfntWriter {

    private static final int HEAD = SfntFile.tag("head");

    record Table(int tag, byte[] data) {}

    private SfntWriter() {}

    /** The file; head's checkSumAdjustment is set for the whole, as the specification asks. */
    static byte[] write(int sfntVersion, List<Table> unsorted) {
        List<Table> tables = unsorted.stream().sorted(Comparator.comparingLong(t -> Integer.toUnsignedLong(t.tag())))
                .toList();
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
            if (t.tag() == HEAD) {
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
