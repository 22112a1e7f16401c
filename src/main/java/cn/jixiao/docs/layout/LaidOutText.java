package cn.jixiao.docs.layout;

import cn.jixiao.docs.layout.MeasuredParagraph.Atom;
import cn.jixiao.docs.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's text as the layout set it, for the writers: the line breaks a word processor would not find by
 * itself (see {@link MeasuredParagraph.Broken}) become explicit breaks, and the characters whose face the layout
 * chose ({@link Scripts}) say which, so that the DOCX wraps a title between the same words and draws 「≥」 in
 * the same face as the PDF.
 */
final class LaidOutText {

    private LaidOutText() {}

    /** The paragraph with its breaks and faces written in; the same instance when there is nothing to write. */
    static Document.Paragraph apply(Document.Paragraph p, MeasuredParagraph measured, MeasuredParagraph.Broken broken) {
        List<Integer> kept = broken.keptBreaks();
        if (kept.isEmpty() && !measured.anyScriptChosen) {
            return p;
        }
        List<Document.Inline> out = new ArrayList<>();
        int next = 0;
        int a = 0;
        for (int n = 0; n < p.inlines().size(); n++) {
            Document.Inline inline = p.inlines().get(n);
            if (!(inline instanceof Document.Text t)) {
                while (next < kept.size() && measured.atoms.get(kept.get(next)).inline() == n) {
                    out.add(new Document.LineBreak());
                    next++;
                }
                out.add(inline);
                a++;
                continue;
            }
            // One piece per stretch of atoms with the same face choice and no kept break inside.
            int pieceStart = 0;
            Document.Script pieceScript = null;
            for (; a < measured.atoms.size() && measured.atoms.get(a).inline() == n; a++) {
                Atom atom = measured.atoms.get(a);
                boolean breakHere = next < kept.size() && kept.get(next) == a;
                if (pieceScript != null && (breakHere || atom.script() != pieceScript)) {
                    String piece = t.text().substring(pieceStart, atom.offset());
                    // The spaces a line ends with hang past its edge in the layout; before an explicit break
                    // LibreOffice sets them on the line and wraps the break onto a line of its own, left empty.
                    piece = breakHere ? withoutTrailingSpaces(piece) : piece;
                    if (!piece.isEmpty()) {
                        out.add(new Document.Text(piece, t.bold(), pieceScript));
                    }
                    pieceStart = atom.offset();
                }
                if (breakHere) {
                    out.add(new Document.LineBreak());
                    next++;
                }
                pieceScript = atom.script();
            }
            if (pieceScript != null) {
                out.add(new Document.Text(t.text().substring(pieceStart), t.bold(), pieceScript));
            }
        }
        return new Document.Paragraph(p.style(), out, p.anchor(), p.tocLevel());
    }

    private static String withoutTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
