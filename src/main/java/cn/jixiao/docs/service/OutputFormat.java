package cn.jixiao.docs.service;

import cn.jixiao.docs.render.Format;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What one render request answers with: a PDF, a DOCX, or a zip holding both. */
enum OutputFormat {
    PDF("pdf", Format.PDF.mediaType, EnumSet.of(Format.PDF)),
    DOCX("docx", Format.DOCX.mediaType, EnumSet.of(Format.DOCX)),
    ZIP("zip", "application/zip", EnumSet.of(Format.PDF, Format.DOCX));

    final String extension;
    final String mediaType;
    final Set<Format> formats;

    OutputFormat(String extension, String mediaType, Set<Format> formats) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.formats = formats;
    }

    /**
     * {@code ?format=} wins (an unknown value is a 400); otherwise the Accept header's best-rated type we can make;
     * otherwise PDF. An Accept naming nothing we make also gets the PDF: RFC 9110 lets a server disregard Accept,
     * and a client that sends {@code Accept: application/json} by habit is better served by the document than a 406.
     */
    static OutputFormat choose(String formatParam, String accept) {
        if (formatParam != null) {
            String f = formatParam.trim().toLowerCase(Locale.ROOT);
            for (OutputFormat o : values()) {
                if (o.extension.equals(f)) {
                    return o;
                }
            }
            throw Problems.unknownFormat(formatParam).toException();
        }
        if (accept == null || accept.isBlank()) {
            return PDF;
        }
        OutputFormat best = PDF;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (OutputFormat o : values()) {
            double q = 0;
            int specificity = -1;
            for (String range : accept.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].trim().toLowerCase(Locale.ROOT);
                int s = type.equals(o.mediaType) ? 2 : type.equals("application/*") ? 1 : type.equals("*/*") ? 0 : -1;
                // The most specific range that matches decides the quality (RFC 9110 §12.5.1).
                if (s > specificity) {
                    specificity = s;
                    q = quality(parts);
                }
            }
            // Ties go to the earlier format: a bare */* (or application/*) means the default, the PDF.
            if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
                best = o;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
