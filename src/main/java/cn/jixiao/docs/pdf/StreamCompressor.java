package cn.jixiao.docs.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Deflates one document's page content and ToUnicode maps, one stream after another, with one zlib state: OpenPDF's
 * {@code flateCompress} makes and frees a Deflater (a quarter of a megabyte of native memory) for every stream, 19
 * of them for 巨鹿县. Feeds zlib as that method does, so the bytes are the same. Not thread-safe: one document's
 * writer uses it, and closes it.
 */
final class StreamCompressor implements AutoCloseable {

    private final Deflater deflater;
    private byte[] out = new byte[16 * 1024];

    /** At zlib {@code level}, the one OpenPDF is given for what it compresses itself. */
    StreamCompressor(int level) {
        deflater = new Deflater(level);
    }

    /** A stream of {@code raw}, deflated and marked so; its other entries are the caller's to add. */
    PdfStream stream(byte[] raw) {
        PdfStream stream = new PdfStream(deflate(raw));
        stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        return stream;
    }

    private byte[] deflate(byte[] raw) {
        deflater.reset();
        deflater.setInput(raw);
        int length = 0;
        // Input first without flushing, then the end: the sequence DeflaterOutputStream's write and close make.
        while (!deflater.needsInput()) {
            length = deflateInto(length);
        }
        deflater.finish();
        while (!deflater.finished()) {
            length = deflateInto(length);
        }
        return Arrays.copyOf(out, length);
    }

    private int deflateInto(int length) {
        if (length == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        return length + deflater.deflate(out, length, out.length - length);
    }

    @Override
    public void close() {
        deflater.end();
    }
}
