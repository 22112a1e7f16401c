package cn.jixiao.docs.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bytes of an entry stored uncompressed in a jar, mapped from the file rather than read: the build stores the
 * bundled fonts that way, so start-up touches only the tables it reads (a few hundred kilobytes of 60 MB) and
 * nothing is inflated. Reads the zip's central directory for the entry's offset, which the JDK does not expose.
 */
final class StoredJarEntry {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int STORED = 0;

    private StoredJarEntry() {}

    /**
     * The bytes of each named entry the jar stores uncompressed, in one pass over its directory; an entry it
     * compresses (or a zip64 file, which this does not read) is left out.
     */
    static Map<String, ByteBuffer> map(Path jar, Set<String> names) throws IOException {
        ByteBuffer zip;
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            zip = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        zip.order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.limit() - 22;
        while (end >= 0 && zip.getInt(end) != END_OF_DIRECTORY) {
            end--;
        }
        if (end < 0) {
            throw new IOException(jar + " is not a zip file");
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        int at = zip.getInt(end + 16);
        // The fonts come after some 24,000 classes: an entry is looked up only when a wanted name has its length,
        // so the rest cost a few reads each instead of a slice and a hash (18 ms of a cold start in the interpreter).
        Map<ByteBuffer, String> wanted = new HashMap<>();
        boolean[] wantedLength = new boolean[1 << 16];
        for (String name : names) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            wanted.put(ByteBuffer.wrap(bytes), name);
            if (bytes.length < wantedLength.length) {
                wantedLength[bytes.length] = true;
            }
        }
        Map<String, ByteBuffer> found = new HashMap<>();
        for (int i = 0; i < entries && at >= 0 && zip.getInt(at) == DIRECTORY_ENTRY && found.size() < names.size(); i++) {
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int next = at + 46 + nameLength + Short.toUnsignedInt(zip.getShort(at + 30))
                    + Short.toUnsignedInt(zip.getShort(at + 32));
            String name = wantedLength[nameLength] ? wanted.get(zip.slice(at + 46, nameLength)) : null;
            int method = Short.toUnsignedInt(zip.getShort(at + 10));
            int size = zip.getInt(at + 20);
            int local = zip.getInt(at + 42);
            if (name != null && method == STORED && size >= 0 && local >= 0 && zip.getInt(local) == LOCAL_HEADER) {
                int data = local + 30 + Short.toUnsignedInt(zip.getShort(local + 26))
                        + Short.toUnsignedInt(zip.getShort(local + 28));
                found.put(name, zip.slice(data, size).order(ByteOrder.BIG_ENDIAN));
            }
            at = next;
        }
        return found;
    }
}
