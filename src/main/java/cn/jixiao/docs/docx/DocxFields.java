package cn.jixiao.docs.docx;

import java.util.List;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.R;
import org.docx4j.wml.STFldCharType;

/**
 * Complex fields (w:fldChar begin / w:instrText / separate / cached result / end). Unlike w:fldSimple they can
 * span paragraphs, which the TOC needs, and Word shows their cached result as is until it updates them.
 */
final class DocxFields {

    private DocxFields() {}

    /** A whole field in one paragraph, showing {@code cachedResult} until an update. */
    static void add(List<Object> content, String instruction, String cachedResult) {
        begin(content, instruction);
        content.add(DocxParagraphs.textRun(cachedResult));
        end(content);
    }

    /** Field start and instruction, up to where the cached result begins. */
    static void begin(List<Object> content, String instruction) {
        content.add(fldChar(STFldCharType.BEGIN));
        R instr = new R();
        instr.getContent().add(DocxParagraphs.WML.createRInstrText(DocxParagraphs.text(" " + instruction + " ")));
        content.add(instr);
        content.add(fldChar(STFldCharType.SEPARATE));
    }

    static void end(List<Object> content) {
        content.add(fldChar(STFldCharType.END));
    }

    private static R fldChar(STFldCharType type) {
        FldChar f = new FldChar();
        f.setFldCharType(type);
        R r = new R();
        r.getContent().add(DocxParagraphs.WML.createRFldChar(f));
        return r;
    }
}
