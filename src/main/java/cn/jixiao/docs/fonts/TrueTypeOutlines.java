package cn.jixiao.docs.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A TrueType face's 'loca' and 'glyf': each glyph's bytes and the glyphs a composite glyph is made of. Its subset
 * is a font file of the glyphs asked for (and the parts of composite ones, appended), renumbered, with 'loca',
 * 'hmtx', 'hhea', 'maxp' and 'head' made for them and the hinting programs kept: what a PDF's CIDFontType2 needs.
 */
final class TrueTypeOutlines implements GlyphOutlines {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final String[] HINTING = {"cvt ", "fpgm", "prep"};

    private final SfntFile file;
    private final ByteBuffer glyf;
    private final ByteBuffer loca;
    private final boolean longOffsets;
    private final int numGlyphs;

    TrueTypeOutlines(SfntFile file, int numGlyphs) {
        this.file = file;
        this.glyf = file.required(SfntFile.tag("glyf"));
        this.loca = file.required(SfntFile.tag("loca"));
        this.longOffsets = file.required(SfntFile.tag("head")).getShort(50) != 0;
        this.numGlyphs = numGlyphs;
        if (loca.limit() < (numGlyphs + 1) * (longOffsets ? 4 : 2)) {
            throw new IllegalArgumentException("the font's loca table is shorter than its glyphs");
        }
    }

    @Override
    public ByteBuffer outline(int glyph) {
        int from = start(glyph);
        return glyf.slice(from, Math.max(0, start(glyph + 1) - from));
    }

    private int start(int glyph) {
        return longOffsets ? loca.getInt(4 * glyph) : 2 * Short.toUnsignedInt(loca.getShort(2 * glyph));
    }

    @Override
    public FontProgram subset(int[] glyphs) {
        List<Integer> order = new ArrayList<>();
        Map<Integer, Integer> newId = new HashMap<>();
        for (int g : glyphs) {
            if (g < 0 || g >= numGlyphs) {
                throw new IllegalArgumentException("no glyph " + g + " in a font of " + numGlyphs);
            }
            newId.putIfAbsent(g, order.size());
            order.add(g);
        }
        ByteArrayOutputStream glyphData = new ByteArrayOutputStream();
        List<Integer> starts = new ArrayList<>();
        // Composite glyphs append their parts to the order as it is walked.
        for (int i = 0; i < order.size(); i++) {
            starts.add(glyphData.size());
            int g = order.get(i);
            int from = start(g);
            int to = start(g + 1);
            byte[] data = new byte[Math.max(0, to - from)];
            glyf.get(from, data);
            if (data.length >= 10 && ByteBuffer.wrap(data).getShort(0) < 0) {
                renumberComponents(data, order, newId);
            }
            glyphData.writeBytes(data);
            glyphData.writeBytes(new byte[(4 - data.length % 4) % 4]);
        }
        starts.add(glyphData.size());
        int n = order.size();
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (n + 1));
        starts.forEach(newLoca::putInt);
        ByteBuffer hmtx = ByteBuffer.allocate(4 * n);
        List<SfntWriter.Table> tables = new ArrayList<>();
        ByteBuffer head = copy("head");
        head.putShort(50, (short) 1);
        ByteBuffer hhea = copy("hhea");
        hhea.putShort(34, (short) n);
        ByteBuffer maxp = copy("maxp");
        maxp.putShort(4, (short) n);
        ByteBuffer sourceHmtx = file.required(SfntFile.tag("hmtx"));
        int sourceMetrics = Short.toUnsignedInt(file.required(SfntFile.tag("hhea")).getShort(34));
        for (int g : order) {
            int m = Math.min(g, sourceMetrics - 1);
            hmtx.putShort(sourceHmtx.getShort(4 * m));
            hmtx.putShort(g < sourceMetrics ? sourceHmtx.getShort(4 * g + 2)
                    : sourceHmtx.getShort(4 * sourceMetrics + 2 * (g - sourceMetrics)));
        }
        tables.add(new SfntWriter.Table(SfntFile.tag("head"), head.array()));
        tables.add(new SfntWriter.Table(SfntFile.tag("hhea"), hhea.array()));
        tables.add(new SfntWriter.Table(SfntFile.tag("maxp"), maxp.array()));
        tables.add(new SfntWriter.Table(SfntFile.tag("hmtx"), hmtx.array()));
        tables.add(new SfntWriter.Table(SfntFile.tag("loca"), newLoca.array()));
        tables.add(new SfntWriter.Table(SfntFile.tag("glyf"), glyphData.toByteArray()));
        for (String tag : HINTING) {
            if (file.table(SfntFile.tag(tag)) != null) {
                tables.add(new SfntWriter.Table(SfntFile.tag(tag), copy(tag).array()));
            }
        }
        return new FontProgram(SfntWriter.write(0x00010000, tables), glyphs, null);
    }

    private ByteBuffer copy(String tag) {
        ByteBuffer t = file.required(SfntFile.tag(tag));
        byte[] b = new byte[t.limit()];
        t.get(0, b);
        return ByteBuffer.wrap(b);
    }

    /** Points a composite glyph's components at their new numbers, adding the ones not yet in the subset. */
    private void renumberComponents(byte[] data, List<Integer> order, Map<Integer, Integer> newId) {
        ByteBuffer b = ByteBuffer.wrap(data);
        int at = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(b.getShort(at));
            int component = Short.toUnsignedInt(b.getShort(at + 2));
            if (component >= numGlyphs) {
                throw new IllegalArgumentException("a composite glyph names glyph " + component + " of " + numGlyphs);
            }
            Integer id = newId.get(component);
            if (id == null) {
                id = order.size();
                newId.put(component, id);
                order.add(component);
            }
            b.putShort(at + 2, (short) (int) id);
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
    }
}
