package cn.jixiao.docs.layout;

import cn.jixiao.docs.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the line breaks a word processor would not find by itself (see {@link MeasuredParagraph.Broken}) into a
 * paragraph as explicit breaks, so that the DOCX wraps a title between the same words the PDF does.
 */
final class KeptBreaks {

    private KeptBreaks() {}

    static Document.Paragraph apply(Document.Paragraph p, MeasuredParagraph measured, MeasuredParagraph.Broken broken) {
        if (broken.keptBreaks().isEmpty()) {
            return p;
        }
        List<Document.Inline> out = new ArrayList<>();
        List<Integer> kept = broken.keptBreaks();
        int next = 0;
        for (int n = 0; n < p.inlines().size(); n++) {
            Document.Inline inline = p.inlines().get(n);
            if (!(inline instanceof Document.Text t)) {
                while (next < kept.size() && measured.atoms.get(kept.get(next)).inline() == n) {
                    out.add(new Document.LineBreak());
                    next++;
                }
                out.add(inline);
                continue;
            }
            int from = 0;
            while (next < kept.size() && measured.atoms.get(kept.get(next)).inline() == n) {
                int at = measured.atoms.get(kept.get(next)).offset();
                if (at > from) {
                    out.add(new Document.Text(t.text().substring(from, at), t.bold()));
                }
                out.add(new Document.LineBreak());
                from = at;
                next++;
            }
            if (from < t.text().length()) {
                out.add(new Document.Text(t.text().substring(from), t.bold()));
            }
        }
        return new Document.Paragraph(p.style(), out, p.anchor(), p.tocLevel());
    }
}
