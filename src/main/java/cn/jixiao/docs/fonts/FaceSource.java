package cn.jixiao.docs.fonts;

import cn.jixiao.docs.model.FontRole;

/**
 * What the layout asks of the configured fonts: the faces that draw a role's text, whose metrics ({@link Face})
 * it measures with. The layout knows this interface only, not how fonts are found, loaded or embedded.
 */
public interface FaceSource {

    /** The face for Latin letters and digits (the DOCX's Times New Roman). */
    Face latin(boolean bold);

    /** A role's faces in fallback order, the role's own style first. */
    FontChain chain(FontRole role, boolean bold);
}
