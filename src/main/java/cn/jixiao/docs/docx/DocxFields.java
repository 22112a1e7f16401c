package cn.jixiao.docs.docx;

/**
 * Complex fields (w:fldChar begin / w:instrText / separate / cached result / end). Unlike w:fldSimple they can
 * span paragraphs, which the TOC needs, and Word shows their cached result as is until it updates them.
 */
final class DocxFields {

    private DocxFields() {}

    /** A whole field in one paragraph, showing {@code cachedResult} until an update. */
    static void add(WordXml x, String instruction, String cachedResult) {
        begin(x, instruction);
        DocxParagraphs.textRun(x, cachedResult);
        end(x);
    }

    /** Field start and instruction, up to where the cached result begins. */
    static void begin(WordXml x, String instruction) {
        fldChar(x, "begin");
        x.open("w:r");
        DocxParagraphs.preservedText(x, "w:instrText", " " + instruction + " ");
        x.close();
        fldChar(x, "separate");
    }

    static void end(WordXml x) {
        fldChar(x, "end");
    }

    private static void fldChar(WordXml x, String type) {
        x.open("w:r").open("w:fldChar").attr("w:fldCharType", type).close().close();
    }
}
