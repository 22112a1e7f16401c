package cn.jixiao.docs.pdf;

import cn.jixiao.docs.deflate.LzDeflate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams of one kind (a document's page content, or its ToUnicode maps) whose references are handed out as they
 * are made and whose bytes are deflated together, in one code ({@link LzDeflate#zlib(List)}), at the end or each
 * time a megabyte has gathered: a plan of hundreds of projects then holds a few megabytes of pages, not all of
 * them. Not thread-safe: one document's writer uses it.
 */
final class StreamCompressor {

    /** About 150 pages of tables; the 64-project plan's 75 pages are one group. */
    private static final int GROUP_BYTES = 1 << 20;

    private final PdfWriter writer;
    private final LzDeflate deflate;
    private final List<byte[]> raw = new ArrayList<>();
    private final List<PdfDictionary> entries = new ArrayList<>();
    private final List<PdfIndirectReference> references = new ArrayList<>();
    private long gathered;

    StreamCompressor(PdfWriter writer, LzDeflate deflate) {
        this.writer = writer;
        this.deflate = deflate;
    }

    /** The reference of a stream of {@code bytes} with these {@code dictionary} entries, once {@link #writeAll}. */
    PdfIndirectReference add(byte[] bytes, PdfDictionary dictionary) throws IOException {
        PdfIndirectReference reference = writer.getPdfIndirectReference();
        raw.add(bytes);
        entries.add(dictionary);
        references.add(reference);
        gathered += bytes.length;
        if (gathered >= GROUP_BYTES) {
            writeAll();
        }
        return reference;
    }

    /** Deflates the streams added and writes each under its reference. */
    void writeAll() throws IOException {
        List<byte[]> coded = deflate.zlib(raw);
        for (int i = 0; i < coded.size(); i++) {
            PdfStream stream = new PdfStream(coded.get(i));
            stream.putAll(entries.get(i));
            stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
            writer.addToBody(stream, references.get(i));
        }
        raw.clear();
        entries.clear();
        references.clear();
        gathered = 0;
    }
}
