package cn.jixiao.docs.render;

import cn.jixiao.docs.fonts.Face;
import cn.jixiao.docs.fonts.FontChain;
import cn.jixiao.docs.fonts.FontLibrary;
import cn.jixiao.docs.model.FontRole;
import cn.jixiao.docs.template.TemplateEngine;
import cn.jixiao.docs.util.InvisibleCharacters;
import cn.jixiao.docs.validation.Deployment;
import java.util.List;

/**
 * A renderer's templates and fonts as validation needs to know them. A character's glyph is looked up in the faces
 * of each class as the layout's chains try them (the role faces, then the fallbacks of that class), so a character
 * validation passes is one the layout draws, in style where the text is set in a serif role.
 */
final class FontsAndTemplates implements Deployment {

    private final TemplateEngine templates;
    private final List<Face> serif;
    private final List<Face> sans;

    FontsAndTemplates(TemplateEngine templates, FontLibrary fonts) {
        this.templates = templates;
        this.serif = sameStyle(fonts.chain(FontRole.SONG, false));
        this.sans = sameStyle(fonts.chain(FontRole.HEI, false));
    }

    private static List<Face> sameStyle(FontChain chain) { return chain.faces().subList(0, chain.sameStyle()); }

    @Override
    public boolean hasTemplate(String name) { return templates.hasSet(name); }

    @Override
    public List<String> templateNames() { return templates.setNames(); }

    @Override
    public Glyph glyph(int codePoint) {
        if (InvisibleCharacters.is(codePoint)) {
            return Glyph.DRAWN; // as nothing, which is how it looks in Word too
        }
        return has(serif, codePoint) ? Glyph.DRAWN : has(sans, codePoint) ? Glyph.SANS_ONLY : Glyph.MISSING;
    }

    private static boolean has(List<Face> faces, int codePoint) {
        for (Face f : faces) {
            if (f.has(codePoint)) {
                return true;
            }
        }
        return false;
    }
}
