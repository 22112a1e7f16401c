package cn.jixiao.docs.deflate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** zlib's own inflater, strict: the stream must end, checksum and all, with no byte after it. */
public final class ZlibInflate {

    private ZlibInflate() {}

    public static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated stream after " + out.size() + " bytes");
                }
                out.write(buffer, 0, n);
            }
            assertEquals(0, inflater.getRemaining(), "bytes after the stream");
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
