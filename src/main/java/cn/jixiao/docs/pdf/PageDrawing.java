package cn.jixiao.docs.pdf;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.page.PageLayout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One page's content stream: its rules in one stroke, then its text in one text object. Font, size, character
 * spacing, rendering mode and line width are set only when they change, and each run is placed relative to the
 * one before (exactly, in the hundredths of a point OpenPDF placed it at absolutely).
 */
final class PageDrawing {

    /** The stream and the fonts it names, for the page's resources. */
    record Drawn(byte[] content, Set<DocumentFonts.Used> fonts) {}

    private PageDrawing() {}

    static Drawn draw(PageLayout page, float height, DocumentFonts fonts, MessageDigest printed) {
        ContentBytes out = new ContentBytes();
        List<PageLayout.Rule> rules = new ArrayList<>(page.marks().size());
        for (PageLayout.Mark m : page.marks()) {
            if (m instanceof PageLayout.Rule r) {
                rules.add(r);
            }
        }
        float lineWidth = -1;
        List<RuleSegments.Stroke> strokes = RuleSegments.of(rules, height);
        for (RuleSegments.Stroke s : strokes) {
            if (s.width() != lineWidth) {
                lineWidth = s.width();
                out.number(lineWidth).append(" w\n");
            }
            out.hundredths(s.x1()).append(' ').hundredths(s.y1()).append(" m ")
                    .hundredths(s.x2()).append(' ').hundredths(s.y2()).append(" l\n");
        }
        if (!strokes.isEmpty()) {
            out.append("S\n");
        }
        Set<DocumentFonts.Used> used = new LinkedHashSet<>();
        out.append("BT\n");
        DocumentFonts.Used font = null;
        float size = 0;
        float spacing = 0;
        boolean stroking = false;
        long x = 0;
        long y = 0;
        char[] codes = new char[64];
        for (PageLayout.Mark m : page.marks()) {
            if (!(m instanceof PageLayout.Glyphs g)) {
                continue;
            }
            Face face = g.face();
            if (face.syntheticBold() != stroking) {
                stroking = face.syntheticBold();
                out.append(stroking ? "2 Tr\n" : "0 Tr\n");
            }
            if (stroking && g.size() / 30f != lineWidth) {
                lineWidth = g.size() / 30f;
                out.number(lineWidth).append(" w\n");
            }
            DocumentFonts.Used f = fonts.of(face.font());
            if (f != font || g.size() != size) {
                font = f;
                size = g.size();
                used.add(f);
                out.append('/').append(f.name().toString().substring(1)).append(' ').number(size).append(" Tf\n");
            }
            if (g.charSpacing() != spacing) {
                spacing = g.charSpacing();
                out.number(spacing).append(" Tc\n");
            }
            long nx = RuleSegments.hundredths(g.x());
            long ny = RuleSegments.hundredths(height - g.y());
            out.hundredths(nx - x).append(' ').hundredths(ny - y).append(" Td\n");
            x = nx;
            y = ny;
            String text = g.text();
            if (codes.length < text.length()) {
                codes = new char[text.length()];
            }
            int n = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                int glyph = face.glyph(cp);
                if (glyph != 0) {
                    codes[n++] = f.subset().code(glyph, cp);
                }
            }
            out.codes(codes, n).append(" Tj\n");
            printed.update(text.getBytes(StandardCharsets.UTF_8));
        }
        out.append("ET\n");
        return new Drawn(out.toByteArray(), used);
    }
}
