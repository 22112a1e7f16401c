package cn.jixiao.docs.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A pull reader for the XML a template emits, in the shape of StAX's (events, local name, attributes, text): start
 * and end tags, attributes in either quotes, text with the five named entities and character references, CDATA,
 * comments and processing instructions (skipped). A DOCTYPE is refused, as the secure StAX set-up refused entity
 * definitions. JDK's StAX parser spent more time setting up and scanning than the rest of the template step; this
 * reads the same markup in a fraction of it.
 *
 * <p>Not thread-safe: one reader per markup string.
 */
final class MarkupReader {

    enum Event { START_ELEMENT, END_ELEMENT, TEXT, END_DOCUMENT }

    /** Markup that is not well-formed XML, with where. */
    static final class Malformed extends RuntimeException {
        Malformed(String message, int line, int column) {
            super(message + " at line " + line + ", column " + column);
        }
    }

    private final String s;
    /** The markup's characters: read one at a time, an array costs the quick compiler far less than charAt. */
    private final char[] chars;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<String> open = new ArrayList<>();
    private final List<String> attributeNames = new ArrayList<>();
    private final List<String> attributeValues = new ArrayList<>();
    private String name;
    private String text;
    private boolean selfClosing;
    private boolean rootClosed;
    /** The line the current event started on, for the parser's messages. */
    private int eventLine = 1;

    MarkupReader(String markup) {
        this.s = markup;
        this.chars = markup.toCharArray();
    }

    /** The next event; text is coalesced across CDATA sections and character references, as StAX's coalescing mode. */
    Event next() {
        if (selfClosing) {
            selfClosing = false;
            name = open.remove(open.size() - 1);
            closeRootIfLast();
            return Event.END_ELEMENT;
        }
        StringBuilder pending = null;
        int textLine = line;
        while (pos < chars.length) {
            char c = chars[pos];
            if (c == '<') {
                char after = pos + 1 < chars.length ? chars[pos + 1] : 0;
                if (after == '!' && s.startsWith("<!--", pos)) {
                    skipPast("-->", "comment");
                    continue;
                }
                if (after == '!' && s.startsWith("<![CDATA[", pos)) {
                    int end = s.indexOf("]]>", pos + 9);
                    if (end < 0) {
                        throw malformed("unclosed CDATA section");
                    }
                    pending = append(pending, s, pos + 9, end);
                    advanceTo(end + 3);
                    continue;
                }
                if (pending != null) {
                    return text(pending, textLine);
                }
                if (after == '?') {
                    skipPast("?>", "processing instruction");
                    continue;
                }
                if (after == '!') {
                    throw malformed("markup declarations (<!DOCTYPE …>) are not allowed");
                }
                eventLine = line;
                return after == '/' ? endTag() : startTag();
            }
            if (open.isEmpty() && !isSpace(c)) {
                throw malformed(rootClosed ? "content after the root element" : "text before the root element");
            }
            if (pending == null) {
                pending = new StringBuilder();
                textLine = line;
            }
            int run = open.isEmpty() ? pos : plainRun(pos); // outside the root each character is checked above
            if (run > pos) {
                pending.append(chars, pos, run - pos);
                pos = run;
            } else {
                readTextChar(pending);
            }
        }
        if (pending != null && !open.isEmpty()) {
            return text(pending, textLine);
        }
        if (!open.isEmpty()) {
            throw malformed("<" + open.get(open.size() - 1) + "> is not closed");
        }
        if (!rootClosed) {
            throw malformed("no root element");
        }
        return Event.END_DOCUMENT;
    }

    /** The element name of the last start or end tag. */
    String name() { return name; }

    /** An attribute of the last start tag, or null. */
    String attribute(String attributeName) {
        int i = attributeNames.indexOf(attributeName);
        return i < 0 ? null : attributeValues.get(i);
    }

    String text() { return text; }

    boolean isWhiteSpace() {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int line() { return eventLine; }

    private Event text(StringBuilder pending, int textLine) {
        if (open.isEmpty()) {
            // Whitespace around the root element is not content.
            return next();
        }
        text = pending.toString();
        eventLine = textLine;
        return Event.TEXT;
    }

    private Event startTag() {
        if (rootClosed) {
            throw malformed("a second root element");
        }
        pos++;
        name = readName();
        attributeNames.clear();
        attributeValues.clear();
        while (true) {
            boolean spaced = skipSpaces();
            if (pos >= chars.length) {
                throw malformed("unclosed start tag <" + name + ">");
            }
            char c = chars[pos];
            if (c == '>') {
                pos++;
                open.add(name);
                return Event.START_ELEMENT;
            }
            if (c == '/' && s.startsWith("/>", pos)) {
                pos += 2;
                open.add(name);
                selfClosing = true;
                return Event.START_ELEMENT;
            }
            if (!spaced) {
                throw malformed("expected a space, > or /> in <" + name + ">");
            }
            String attr = readName();
            skipSpaces();
            expectChar('=');
            skipSpaces();
            if (attributeNames.contains(attr)) {
                throw malformed("attribute " + attr + " given twice in <" + name + ">");
            }
            attributeNames.add(attr);
            attributeValues.add(readAttributeValue());
        }
    }

    private Event endTag() {
        pos += 2;
        name = readName();
        skipSpaces();
        expectChar('>');
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
            throw malformed("</" + name + "> does not close " + (open.isEmpty() ? "anything"
                    : "<" + open.get(open.size() - 1) + ">"));
        }
        open.remove(open.size() - 1);
        closeRootIfLast();
        return Event.END_ELEMENT;
    }

    private void closeRootIfLast() {
        rootClosed = open.isEmpty();
    }

    private String readName() {
        int start = pos;
        while (pos < chars.length && isNameChar(chars[pos], pos == start)) {
            pos++;
        }
        if (pos == start) {
            throw malformed("expected a name");
        }
        return s.substring(start, pos);
    }

    /** Attribute values are normalised as XML requires: a literal tab or line end reads as a space. */
    private String readAttributeValue() {
        if (pos >= chars.length || (chars[pos] != '"' && chars[pos] != '\'')) {
            throw malformed("an attribute value must be quoted");
        }
        char quote = chars[pos++];
        StringBuilder v = new StringBuilder();
        while (true) {
            if (pos >= chars.length) {
                throw malformed("unclosed attribute value");
            }
            char c = chars[pos];
            if (c == quote) {
                pos++;
                return v.toString();
            }
            if (c == '<') {
                throw malformed("< in an attribute value");
            }
            int run = plainRun(pos);
            if (run > pos) {
                v.append(chars, pos, run - pos);
                pos = run;
            } else if (c == '&') {
                reference(v);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                consumeLineEnd(c);
                v.append(' ');
            } else {
                checkedChar(v);
            }
        }
    }

    /**
     * Where the run of characters from {@code from} ends that text or an attribute value takes as they are: no
     * markup, reference or line end, and no character that needs a check (a surrogate or one XML forbids).
     */
    private int plainRun(int from) {
        int i = from;
        while (i < chars.length) {
            char c = chars[i];
            if (c < 0x20 || c == '<' || c == '&' || c == '>' || c == '"' || c == '\'' || c >= 0xD800) {
                break;
            }
            i++;
        }
        return i;
    }

    private void readTextChar(StringBuilder out) {
        char c = chars[pos];
        if (c == '&') {
            reference(out);
        } else if (c == '\r' || c == '\n') {
            consumeLineEnd(c);
            out.append('\n');
        } else if (c == '>' && pos >= 2 && s.startsWith("]]>", pos - 2)) {
            throw malformed("]]> in text");
        } else {
            checkedChar(out);
        }
    }

    /** A line end of any kind (CR LF, CR, LF) as one, counting lines. */
    private void consumeLineEnd(char c) {
        pos++;
        if (c == '\r' && pos < chars.length && chars[pos] == '\n') {
            pos++;
        }
        if (c != '\t') {
            line++;
            lineStart = pos;
        }
    }

    /** One character, or a surrogate pair, that XML 1.0 allows. */
    private void checkedChar(StringBuilder out) {
        int cp = s.codePointAt(pos);
        boolean allowed = cp == '\t' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!allowed) {
            throw malformed(String.format("character U+%04X is not allowed in XML", cp));
        }
        out.appendCodePoint(cp);
        pos += Character.charCount(cp);
    }

    private void reference(StringBuilder out) {
        int end = s.indexOf(';', pos);
        if (end < 0 || end - pos > 12) {
            throw malformed("& that starts no entity or character reference");
        }
        String ref = s.substring(pos + 1, end);
        switch (ref) {
            case "amp" -> out.append('&');
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> {
                if (!ref.startsWith("#")) {
                    throw malformed("unknown entity &" + ref + ";");
                }
                int cp;
                try {
                    cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                } catch (NumberFormatException e) {
                    throw malformed("bad character reference &" + ref + ";");
                }
                boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                if (!allowed) {
                    throw malformed("character reference &" + ref + "; is not an XML character");
                }
                out.appendCodePoint(cp);
            }
        }
        pos = end + 1;
    }

    private void skipPast(String terminator, String what) {
        int end = s.indexOf(terminator, pos);
        if (end < 0) {
            throw malformed("unclosed " + what);
        }
        advanceTo(end + terminator.length());
    }

    /** Moves over markup that may span lines, keeping the line count. */
    private void advanceTo(int target) {
        while (pos < target) {
            char c = chars[pos++];
            if (c == '\n' || (c == '\r' && (pos >= chars.length || chars[pos] != '\n'))) {
                line++;
                lineStart = pos;
            }
        }
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < chars.length && isSpace(chars[pos])) {
            char c = chars[pos];
            if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
            } else {
                pos++;
            }
        }
        return pos > start;
    }

    private void expectChar(char c) {
        if (pos >= chars.length || chars[pos] != c) {
            throw malformed("expected " + c);
        }
        pos++;
    }

    private static StringBuilder append(StringBuilder pending, String s, int from, int to) {
        StringBuilder out = pending == null ? new StringBuilder() : pending;
        return out.append(s, from, to);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** XML name characters, as far as markup uses them: letters (any script), digits, '-', '_', '.', ':'. */
    private static boolean isNameChar(char c, boolean first) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return true; // markup's names are ASCII but for the odd one, which takes the table lookup below
        }
        if (Character.isLetter(c) || c == '_' || c == ':') {
            return true;
        }
        return !first && (Character.isDigit(c) || c == '-' || c == '.');
    }

    private Malformed malformed(String message) {
        return new Malformed(message, line, pos - lineStart + 1);
    }
}
