package cn.jixiao.docs.pdf;

import cn.jixiao.docs.deflate.LzDeflate;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.DocumentWriter;
import cn.jixiao.docs.page.LaidOutDocument;
import cn.jixiao.docs.page.PageLayout;
import cn.jixiao.docs.util.Sha256;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfRectangle;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Draws laid-out pages with OpenPDF: text in subset-embedded fonts, table rules, 目录 links, named destinations and
 * bookmarks. The same layout gives the same bytes: dates come from the document, the file id from its content.
 */
public final class PdfWriterFromLayout implements DocumentWriter {

    /**
     * The zlib level of what OpenPDF compresses itself (its page contents, object streams, cross-references); page
     * content and ToUnicode maps are ours ({@link StreamCompressor}), the font programs too ({@link HuffmanDeflate}).
     */
    private static final int COMPRESSION = java.util.zip.Deflater.BEST_SPEED;

    /**
     * Loads and initializes what every document needs of OpenPDF (its names, its writer and document, java.awt's
     * colours, the date formats of the info dictionary), for a start-up thread to call while the render thread
     * validates and lays out: a command's one render no longer waits for it. Writes nothing.
     */
    public static void prepare() {
        PdfWriter.getInstance(new com.lowagie.text.Document(), OutputStream.nullOutputStream());
    }

    @Override
    public void write(LaidOutDocument layout, OutputStream out) throws IOException {
        Document doc = layout.document();
        Document.Page page = doc.page();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(page.width(), page.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setFullCompression();
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setCloseStream(false);
            writer.setCompressionLevel(COMPRESSION);
            Document.Meta meta = doc.meta();
            pdf.addTitle(meta.title());
            pdf.addAuthor(meta.author());
            pdf.addSubject(meta.subject());
            pdf.addKeywords(meta.keywords());
            pdf.addCreator("jixiao-docs");
            pdf.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
            PdfDate date = new PdfDate(calendar(meta));
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            MessageDigest content = Sha256.newDigest();
            LzDeflate deflate = new LzDeflate();
            DocumentFonts fonts = new DocumentFonts(writer, deflate);
            StreamCompressor pages = new StreamCompressor(writer, deflate);
            boolean first = true;
            for (PageLayout p : layout.pages()) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                writer.setPageEmpty(false);
                draw(writer.getDirectContent(), p, page, fonts, pages, content);
            }
            pages.writeAll();
            fonts.writeAll();
            outline(writer, layout);
            // The file id changes exactly when what is printed does.
            byte[] id = Arrays.copyOf(content.digest(), 16);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * A page's content goes into a form XObject of our own, drawn by the page: OpenPDF adds resources to a page
     * only for its own fonts (BaseFont's writing methods are package-private), while an XObject's resources are
     * ours to write, and OpenPDF accepts a ready object as an image's direct reference.
     */
    private static void draw(PdfContentByte cb, PageLayout page, Document.Page size, DocumentFonts fonts,
                             StreamCompressor pages, MessageDigest printed) throws IOException, DocumentException {
        float height = size.height();
        PageDrawing.Drawn drawn = PageDrawing.draw(page, height, fonts, printed);
        PdfDictionary form = new PdfDictionary();
        form.put(PdfName.TYPE, PdfName.XOBJECT);
        form.put(PdfName.SUBTYPE, PdfName.FORM);
        form.put(PdfName.BBOX, new PdfRectangle(0, 0, size.width(), height));
        PdfDictionary fontResources = new PdfDictionary();
        for (DocumentFonts.Used f : drawn.fonts()) {
            fontResources.put(f.name(), f.reference());
        }
        PdfDictionary resources = new PdfDictionary();
        resources.put(PdfName.FONT, fontResources);
        form.put(PdfName.RESOURCES, resources);
        Image content = Image.getInstance(1, 1, 1, 8, new byte[1]);
        content.setDirectReference(pages.add(drawn.content(), form));
        cb.addImage(content, 1, 0, 0, 1, 0, 0);
        for (PageLayout.Mark m : page.marks()) {
            if (m instanceof PageLayout.Target t) {
                cb.localDestination(t.anchor(), new PdfDestination(PdfDestination.XYZ, 0, height - t.y() + 6, 0));
            } else if (m instanceof PageLayout.Link l) {
                cb.localGoto(l.anchor(), l.left(), height - l.bottom(), l.right(), height - l.top());
            }
        }
    }

    /** Bookmarks mirror the 目录: level-2 entries nest under the level-1 entry before them. */
    private static void outline(PdfWriter writer, LaidOutDocument layout) {
        Deque<PdfOutline> parents = new ArrayDeque<>();
        PdfOutline root = writer.getDirectContent().getRootOutline();
        for (LaidOutDocument.OutlineEntry e : layout.outline()) {
            while (parents.size() >= e.level()) {
                parents.pop();
            }
            PdfOutline parent = parents.isEmpty() ? root : parents.peek();
            PdfOutline item = new PdfOutline(parent, PdfAction.gotoLocalPage(e.anchor(), false), e.title());
            parents.push(item);
        }
    }

    private static Calendar calendar(Document.Meta meta) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(meta.created().toEpochMilli());
        return c;
    }
}
