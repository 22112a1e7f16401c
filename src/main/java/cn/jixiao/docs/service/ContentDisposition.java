package cn.jixiao.docs.service;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a Chinese file name: the real name in RFC 5987/6266 {@code filename*}
 * (UTF-8, percent-encoded), and an ASCII {@code filename} for the few clients that ignore {@code filename*}.
 */
final class ContentDisposition {

    private ContentDisposition() {}

    /** For a file the service ships (the example, the schema): the fallback made from the name's own ASCII. */
    static String attachment(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return attachment(fileName, asciiFallback(dot > 0 ? fileName.substring(0, dot) : fileName)
                + (dot > 0 ? fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "") : ""));
    }

    /**
     * 「部门预算绩效文本-填报工作簿」 → 「jixiao-docs」: the ASCII letters and digits of a name after a fixed prefix, so
     * the fallback is still recognisable and never empty.
     */
    static String asciiFallback(String base) {
        String kept = base.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return kept.isEmpty() ? "jixiao-docs" : "jixiao-docs-" + kept;
    }

    /**
     * {@code asciiName} (「jixiao-docs-711001-2024.pdf」, with the department's code so two departments' downloads
     * do not share a name) is kept to the characters a quoted header value takes as they are.
     */
    static String attachment(String fileName, String asciiName) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(fileName);
    }

    /** RFC 5987 {@code value-chars}: attr-char as it is, every other UTF-8 byte as %XX. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
