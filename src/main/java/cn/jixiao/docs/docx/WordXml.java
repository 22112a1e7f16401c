package cn.jixiao.docs.docx;

import java.util.Arrays;

/**
 * Writes one XML part of the package, element by element, into memory; {@link #finish} gives its UTF-8 bytes.
 * One instance per part and thread. The part is encoded as it is written: building a string first and encoding
 * it at the end took a third of the DOCX writer's time.
 *
 * <p>Escaping is what the JAXB writer it replaced did, so that the text of a part is the same: {@code & < >} in
 * text and attributes, {@code "} and line ends in attributes (a parser would read a raw one as a space), a carriage
 * return everywhere. A character XML 1.0 cannot carry is dropped rather than written, since one of them would
 * make the whole file unreadable.
 */
final class WordXml {

    /** The namespaces parts declare on their root element, as the attribute that declares each. */
    enum Namespace {
        W("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        R("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        CP("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        DC("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        DCTERMS("xmlns:dcterms", "http://purl.org/dc/terms/"),
        XSI("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        EXTENDED_PROPERTIES("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
        CONTENT_TYPES("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"),
        RELATIONSHIPS("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");

        private final String attribute;
        private final String uri;

        Namespace(String attribute, String uri) {
            this.attribute = attribute;
            this.uri = uri;
        }
    }

    private byte[] out = new byte[16384];
    private int size;
    private String[] open = new String[16];
    private int depth;
    /** The last start tag still takes attributes: nothing has been written inside its element yet. */
    private boolean inStartTag;

    private WordXml() {}

    /** A part whose root element declares {@code namespaces}, in the order given (so the bytes never vary). */
    static WordXml part(String root, Namespace... namespaces) {
        WordXml x = new WordXml();
        x.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        x.open(root);
        for (Namespace ns : namespaces) {
            x.attr(ns.attribute, ns.uri);
        }
        return x;
    }

    WordXml open(String name) {
        endStartTag();
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = name;
        ascii('<');
        ascii(name);
        inStartTag = true;
        return this;
    }

    WordXml attr(String name, String value) {
        startAttr(name);
        escape(value, true);
        ascii('"');
        return this;
    }

    WordXml attr(String name, long value) {
        startAttr(name);
        ascii(Long.toString(value));
        ascii('"');
        return this;
    }

    WordXml text(String text) {
        endStartTag();
        escape(text, false);
        return this;
    }

    WordXml close() {
        String name = open[--depth];
        if (inStartTag) {
            ascii("/>");
            inStartTag = false;
        } else {
            ascii("</");
            ascii(name);
            ascii('>');
        }
        return this;
    }

    /** An element without content, such as {@code <w:tab/>}. */
    WordXml empty(String name) {
        return open(name).close();
    }

    /** An element holding a single w:val, the shape of most WordprocessingML properties. */
    WordXml val(String name, String value) {
        return open(name).attr("w:val", value).close();
    }

    WordXml val(String name, long value) {
        return open(name).attr("w:val", value).close();
    }

    /** A WordprocessingML on/off property, written even when off so that no application default shows through. */
    WordXml toggle(String name, boolean on) {
        return on ? empty(name) : val(name, "false");
    }

    /** Closes whatever is still open and returns the part. */
    byte[] finish() {
        while (depth > 0) {
            close();
        }
        return Arrays.copyOf(out, size);
    }

    static boolean isXmlChar(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private void startAttr(String name) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " after content");
        }
        ascii(' ');
        ascii(name);
        ascii("=\"");
    }

    private void endStartTag() {
        if (inStartTag) {
            ascii('>');
            inStartTag = false;
        }
    }

    private void escape(String s, boolean attribute) {
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>' && c < Character.MIN_SURROGATE) {
                continue; // letters and Chinese: almost every character
            }
            String entity;
            switch (c) {
                case '&' -> entity = "&amp;";
                case '<' -> entity = "&lt;";
                case '>' -> entity = "&gt;";
                case '\r' -> entity = "&#13;";
                case '"' -> entity = attribute ? "&quot;" : null;
                case '\n' -> entity = attribute ? "&#10;" : null;
                case '\t' -> entity = null;
                default -> {
                    if (c >= ' ' && c < Character.MIN_SURROGATE) {
                        continue;
                    }
                    int cp = s.codePointAt(i);
                    if (isXmlChar(cp)) {
                        i += Character.charCount(cp) - 1;
                        continue;
                    }
                    entity = ""; // not representable: dropped
                }
            }
            if (entity != null) {
                utf8(s, from, i);
                ascii(entity);
                from = i + 1;
            }
        }
        utf8(s, from, n);
    }

    /** Markup: names, entities and numbers, all ASCII. */
    private void ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            out[size++] = (byte) s.charAt(i);
        }
    }

    private void ascii(char c) {
        room(1);
        out[size++] = (byte) c;
    }

    /** Text already checked by {@link #escape}: every surrogate in it is half of a pair. */
    private void utf8(String s, int from, int to) {
        room((to - from) * 3);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[size++] = (byte) c;
            } else if (c < 0x800) {
                out[size++] = (byte) (0xC0 | c >> 6);
                out[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[size++] = (byte) (0xF0 | cp >> 18);
                out[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[size++] = (byte) (0xE0 | c >> 12);
                out[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
