package cn.jixiao.docs.pdf;

import cn.jixiao.docs.deflate.LzDeflate;
import cn.jixiao.docs.fonts.FontDescription;
import cn.jixiao.docs.fonts.FontProgram;
import cn.jixiao.docs.fonts.OpenTypeFont;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfRectangle;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The fonts of one PDF: each font a page draws with gets a resource name and a reserved object on first use, and
 * once every page is drawn, its objects: a Type0 font over a CIDFont whose program (written by the fonts package)
 * holds just the glyphs used, numbered as the content's codes, with their /W widths, descriptor and ToUnicode.
 */
final class DocumentFonts {

    /** A font as pages name it. */
    record Used(FontSubset subset, PdfName name, PdfIndirectReference reference) {
        // Written out: pages collect these in a set, and a record's own equals and hashCode cost a cold render
        // their method-handle bootstrap (see Document.Text).
        @Override
        public boolean equals(Object o) {
            return o instanceof Used u && subset == u.subset && name.equals(u.name) && reference.equals(u.reference);
        }

        @Override
        public int hashCode() { return subset.hashCode(); }
    }

    private static final PdfName CIDFONTTYPE0C = new PdfName("CIDFontType0C");
    private static final int DEFAULT_WIDTH = 1000;

    private final PdfWriter writer;
    /** The ToUnicode maps, deflated together once every font is written. */
    private final StreamCompressor toUnicodeMaps;
    private final Map<OpenTypeFont, Used> fonts = new LinkedHashMap<>();

    DocumentFonts(PdfWriter writer, LzDeflate deflate) {
        this.writer = writer;
        this.toUnicodeMaps = new StreamCompressor(writer, deflate);
    }

    Used of(OpenTypeFont font) {
        return fonts.computeIfAbsent(font, f -> new Used(new FontSubset(f), new PdfName("F" + (fonts.size() + 1)),
                writer.getPdfIndirectReference()));
    }

    void writeAll() throws IOException {
        for (Used u : fonts.values()) {
            write(u);
        }
        toUnicodeMaps.writeAll();
    }

    private void write(Used used) throws IOException {
        FontSubset subset = used.subset();
        FontDescription d = subset.font().description();
        int[] glyphs = subset.glyphs();
        FontProgram program = subset.font().subset(glyphs);
        PdfStream file = new PdfStream(HuffmanDeflate.zlib(program, subset.font()));
        file.put(PdfName.FILTER, PdfName.FLATEDECODE);
        if (d.cff()) {
            file.put(PdfName.SUBTYPE, CIDFONTTYPE0C);
        } else {
            file.put(PdfName.LENGTH1, new PdfNumber(program.bytes().length));
        }
        PdfIndirectReference fileRef = writer.addToBody(file).getIndirectReference();

        String name = prefix(d.postScriptName(), glyphs) + d.postScriptName();
        String cidFontName = d.cff() ? name + "-Identity-H" : name;
        PdfDictionary descriptor = new PdfDictionary(PdfName.FONTDESCRIPTOR);
        descriptor.put(PdfName.ASCENT, new PdfNumber(d.ascent()));
        descriptor.put(PdfName.CAPHEIGHT, new PdfNumber(d.capHeight()));
        descriptor.put(PdfName.DESCENT, new PdfNumber(d.descent()));
        int[] b = d.bbox();
        descriptor.put(PdfName.FONTBBOX, new PdfRectangle(b[0], b[1], b[2], b[3]));
        descriptor.put(PdfName.FONTNAME, new PdfName(cidFontName));
        descriptor.put(PdfName.ITALICANGLE, new PdfNumber(d.italicAngle()));
        descriptor.put(PdfName.STEMV, new PdfNumber(80));
        descriptor.put(d.cff() ? PdfName.FONTFILE3 : PdfName.FONTFILE2, fileRef);
        descriptor.put(PdfName.FLAGS, new PdfNumber(d.flags()));
        PdfIndirectReference descriptorRef = writer.addToBody(descriptor).getIndirectReference();

        PdfDictionary cidFont = new PdfDictionary(PdfName.FONT);
        cidFont.put(PdfName.SUBTYPE, d.cff() ? PdfName.CIDFONTTYPE0 : PdfName.CIDFONTTYPE2);
        cidFont.put(PdfName.BASEFONT, new PdfName(cidFontName));
        cidFont.put(PdfName.FONTDESCRIPTOR, descriptorRef);
        if (!d.cff()) {
            cidFont.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
        }
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        cidFont.put(PdfName.CIDSYSTEMINFO, system);
        cidFont.put(PdfName.DW, new PdfNumber(DEFAULT_WIDTH));
        String widths = widths(subset);
        if (!widths.isEmpty()) {
            cidFont.put(PdfName.W, new PdfLiteral(widths));
        }
        PdfIndirectReference cidFontRef = writer.addToBody(cidFont).getIndirectReference();

        PdfIndirectReference toUnicodeRef = toUnicodeMaps.add(ToUnicodeCMap.of(subset), new PdfDictionary());

        PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
        type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
        type0.put(PdfName.BASEFONT, new PdfName(cidFontName));
        type0.put(PdfName.ENCODING, new PdfName("Identity-H"));
        type0.put(PdfName.DESCENDANTFONTS, new PdfArray(cidFontRef));
        type0.put(PdfName.TOUNICODE, toUnicodeRef);
        writer.addToBody(type0, used.reference());
    }

    /** The /W array: each run of codes whose width is not the default, as {@code first [w w ...]}. */
    private static String widths(FontSubset subset) {
        StringBuilder s = new StringBuilder();
        int last = -2;
        for (int code = 1; code < subset.count(); code++) {
            int w = subset.font().width(subset.glyph(code));
            if (w == DEFAULT_WIDTH) {
                continue;
            }
            if (code != last + 1) {
                s.append(s.isEmpty() ? "[" : "]").append(code).append('[');
            } else {
                s.append(' ');
            }
            s.append(w);
            last = code;
        }
        return s.isEmpty() ? "" : s.append("]]").toString();
    }

    /**
     * Six letters naming the subset, from the font and its glyphs: the same subset gets the same name in every
     * run, and two different subsets of one font (in two documents) get different ones.
     */
    private static String prefix(String font, int[] glyphs) {
        CRC32 crc = new CRC32();
        crc.update(font.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int g : glyphs) {
            crc.update(g >> 8);
            crc.update(g);
        }
        long v = crc.getValue();
        char[] letters = new char[7];
        for (int i = 0; i < 6; i++) {
            letters[i] = (char) ('A' + v % 26);
            v /= 26;
        }
        letters[6] = '+';
        return new String(letters);
    }
}
