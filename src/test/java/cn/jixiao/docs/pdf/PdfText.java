package cn.jixiao.docs.pdf;

/** Checks on text extracted from a PDF, ours or LibreOffice's. */
public final class PdfText {

    private PdfText() {}

    /**
     * Whether the text appears verbatim, allowing it to be cut into a few long pieces: a table cell or a widely
     * justified line that text extraction reads in another order than it is drawn (a page break with its
     * repeated header row, words far apart). Each piece must be found whole; nothing may be dropped.
     */
    public static boolean coveredInPieces(String expected, String text, int pages) {
        int pieces = 0;
        int at = 0;
        while (at < expected.length()) {
            int lo = 1;
            int hi = expected.length() - at;
            if (!text.contains(expected.substring(at, at + 1))) {
                return false;
            }
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (text.contains(expected.substring(at, at + mid))) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            boolean whole = at == 0 && lo == expected.length();
            if (!whole && lo < 3) {
                return false; // a split text must come back in real pieces, not scattered characters
            }
            at += lo;
            pieces++;
        }
        return pieces <= Math.max(1, 2 * pages);
    }

    /** Page footers interrupt text that runs across a page break. */
    public static String withoutFooters(String text) {
        return text.replaceAll("(?m)^\\s*—\\s*\\d+\\s*—\\s*$", "").replace("\f", "");
    }
}
