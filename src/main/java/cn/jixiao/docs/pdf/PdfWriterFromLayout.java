package cn.jixiao.docs.pdf;

import cn.jixiao.docs.layout.Layout;
import cn.jixiao.docs.layout.PageLayout;
import cn.jixiao.docs.model.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
public final class PdfWriterFromLayout {

    private PdfWriterFromLayout() {}

    public static void write(Document doc, Layout layout, OutputStream out) throws IOException {
        Document.Page page = doc.page();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle(page.width(), page.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setCloseStream(false);
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
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
            MessageDigest content = sha256();
            boolean first = true;
            for (PageLayout p : layout.pages()) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                writer.setPageEmpty(false);
                draw(writer.getDirectContent(), p, page.height(), content);
            }
            outline(writer, layout);
            // The file id changes exactly when what is printed does.
            byte[] id = Arrays.copyOf(content.digest(), 16);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static void draw(PdfContentByte cb, PageLayout page, float height, MessageDigest content) {
        boolean rules = false;
        for (PageLayout.Mark m : page.marks()) {
            if (m instanceof PageLayout.Rule r) {
                if (!rules) {
                    cb.setLineWidth(r.width());
                    rules = true;
                }
                cb.moveTo(r.x1(), height - r.y1());
                cb.lineTo(r.x2(), height - r.y2());
            }
        }
        if (rules) {
            cb.stroke();
        }
        cb.beginText();
        boolean stroking = false;
        for (PageLayout.Mark m : page.marks()) {
            if (m instanceof PageLayout.Glyphs g) {
                if (g.face().syntheticBold() != stroking) {
                    stroking = g.face().syntheticBold();
                    cb.setTextRenderingMode(stroking ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE
                            : PdfContentByte.TEXT_RENDER_MODE_FILL);
                    cb.setLineWidth(g.size() / 30f);
                }
                cb.setFontAndSize(g.face().font(), g.size());
                cb.setCharacterSpacing(g.charSpacing());
                cb.setTextMatrix(g.x(), height - g.y());
                cb.showText(g.text());
                content.update(g.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        cb.endText();
        for (PageLayout.Mark m : page.marks()) {
            if (m instanceof PageLayout.Target t) {
                cb.localDestination(t.anchor(), new PdfDestination(PdfDestination.XYZ, 0, height - t.y() + 6, 0));
            } else if (m instanceof PageLayout.Link l) {
                cb.localGoto(l.anchor(), l.left(), height - l.bottom(), l.right(), height - l.top());
            }
        }
    }

    /** Bookmarks mirror the 目录: level-2 entries nest under the level-1 entry before them. */
    private static void outline(PdfWriter writer, Layout layout) {
        Deque<PdfOutline> parents = new ArrayDeque<>();
        PdfOutline root = writer.getDirectContent().getRootOutline();
        for (Layout.OutlineEntry e : layout.outline()) {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
