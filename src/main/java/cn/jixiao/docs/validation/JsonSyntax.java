package cn.jixiao.docs.validation;

import cn.jixiao.docs.problem.Messages;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Says in Chinese what is wrong with unparsable JSON, at one position (line and column in characters, as an editor
 * counts them) and showing the offending character as it is: Jackson's own words are English, count bytes, name
 * the first byte of a Chinese character (「'ï' (code 239)」 for 「，」) and add a second position for the start marker.
 * Never echoes the body beyond the character (or the short token) at fault.
 */
final class JsonSyntax {

    /** A syntax problem: the message and where, 1-based. */
    record Error(String message, int line, int column) {}

    /** Characters a Chinese keyboard types in place of JSON's ASCII punctuation, with the one JSON wants. */
    private static final Map<Integer, String> FULL_WIDTH = Map.ofEntries(
            Map.entry((int) '，', ","), Map.entry((int) '、', ","), Map.entry((int) '：', ":"),
            Map.entry((int) '“', "\""), Map.entry((int) '”', "\""), Map.entry((int) '‘', "\""),
            Map.entry((int) '’', "\""), Map.entry((int) '｛', "{"), Map.entry((int) '｝', "}"),
            Map.entry((int) '［', "["), Map.entry((int) '］', "]"), Map.entry((int) '【', "["),
            Map.entry((int) '】', "]"), Map.entry((int) '；', ","), Map.entry((int) '＂', "\""),
            Map.entry(0x3000, " "));
    private static final int SHOWN_TOKEN = 20;

    private final byte[] bytes;
    private final Messages messages;

    JsonSyntax(byte[] bytes, Messages messages) {
        this.bytes = bytes;
        this.messages = messages;
    }

    /** The first byte that is not UTF-8, told as such (with a hint when the file reads as GBK), or null. */
    Error encoding() {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            var result = utf8.decode(in, out, true);
            if (result.isError()) {
                // A body cut off inside a character (an upload that stopped, a copy that lost its end) is short,
                // not mis-encoded: its last bytes begin a character that the end of the input leaves unfinished.
                String key = cutInsideCharacter(in.position()) ? "json.endOfInput"
                        : looksLikeGbk() ? "json.gbk" : "json.notUtf8";
                return at(in.position(), messages.get(key));
            }
            if (result.isUnderflow()) {
                return null;
            }
            out.clear();
        }
    }

    /** The Jackson failure in words; {@code fallbackOffset} is the parser's byte offset when the error has none. */
    Error of(JsonProcessingException e, long fallbackOffset) {
        JsonLocation loc = e.getLocation();
        long reported = loc == null || loc.getByteOffset() < 0 ? fallbackOffset : loc.getByteOffset();
        int offset = start((int) Math.min(Math.max(reported, 0), bytes.length));
        String english = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String key = english.contains("nesting depth") ? "json.tooDeep"
                    : english.contains("Number value length") ? "json.numberTooLong" : "json.tooLong";
            return at(offset, messages.get(key));
        }
        if (english.startsWith("Unrecognized token")) {
            // Reported past the character that ended the token (a comma, a brace), if any.
            int end = (int) Math.min(Math.max(reported, 0), bytes.length);
            if (end > 0 && boundary(bytes[end - 1])) {
                end--;
            }
            int from = tokenStart(end);
            return at(from, messages.format("json.token", shorten(text(from, end))));
        }
        if (e instanceof JsonEOFException) {
            return at(bytes.length, messages.get("json.endOfInput"));
        }
        if (offset >= bytes.length) {
            // Jackson reports a character it has just read at the end of the input as past it.
            offset = start(bytes.length - 1);
        }
        if (english.startsWith("Duplicate field")) {
            int open = english.indexOf('\'');
            int close = english.lastIndexOf('\'');
            String name = open >= 0 && close > open ? english.substring(open + 1, close) : "";
            return at(fieldStart(offset), messages.format("error.duplicateField", shorten(name)));
        }

        int cp = codePointAt(offset);
        String shown = new String(Character.toChars(cp));
        if (FULL_WIDTH.containsKey(cp)) {
            return at(offset, messages.format("json.fullWidth", shown, messages.get("json.name." + Integer.toHexString(cp)),
                    FULL_WIDTH.get(cp)));
        }
        if (Character.isISOControl(cp)) {
            return at(offset, messages.format("json.control", String.format("U+%04X", cp)));
        }
        if (english.contains("double-quote to start field name")) {
            return at(offset, messages.format(cp == '}' ? "json.trailingComma" : "json.unquotedName", shown));
        }
        if (english.contains("expected a value") && (cp == ']' || cp == '}')) {
            return at(offset, messages.format("json.trailingComma", shown));
        }
        if (english.contains("was expecting comma")) {
            return at(offset, messages.format("json.missingComma", shown));
        }
        if (english.contains("was expecting a colon")) {
            return at(offset, messages.format("json.missingColon", shown));
        }
        if (english.contains("numeric value") || english.contains("Leading zeroes")) {
            return at(offset, messages.format("json.badNumber", shown));
        }
        return at(offset, messages.format("json.unexpected", shown));
    }

    /** Content after the one top-level value. */
    Error trailing(long byteOffset) {
        int offset = start((int) Math.min(byteOffset, bytes.length));
        return at(offset, messages.format("json.trailing", new String(Character.toChars(codePointAt(offset)))));
    }

    private Error at(int offset, String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xc0) != 0x80) {
                column++; // a character counts once, at its first byte
            }
        }
        return new Error(message, line, column);
    }

    /** Back from a byte inside a UTF-8 sequence to the byte that starts it. */
    private int start(int offset) {
        int i = offset;
        while (i > 0 && i > offset - 3 && i < bytes.length && (bytes[i] & 0xc0) == 0x80) {
            i--;
        }
        return i;
    }

    private int codePointAt(int offset) {
        int end = Math.min(bytes.length, offset + 4);
        String s = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
        return s.isEmpty() ? ' ' : s.codePointAt(0);
    }

    /** Jackson reports an unknown token where it ends; it begins after the last structural character or space. */
    private int tokenStart(int end) {
        int i = Math.min(end, bytes.length);
        while (i > 0 && end - i < 256 && !boundary(bytes[i - 1])) {
            i--;
        }
        return i;
    }

    /** A duplicate field is reported after its name; the name's opening quote is where the clerk looks. */
    private int fieldStart(int end) {
        int i = Math.min(end, bytes.length) - 1;
        while (i > 0 && bytes[i] != '"') {
            i--;
        }
        i--;
        while (i > 0 && bytes[i] != '"') {
            i--;
        }
        return Math.max(i, 0);
    }

    private static boolean boundary(byte b) {
        return b == '{' || b == '}' || b == '[' || b == ']' || b == ',' || b == ':' || b == '"' || b == ' '
                || b == '\n' || b == '\r' || b == '\t';
    }

    private String text(int from, int to) {
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= SHOWN_TOKEN ? s
                : s.substring(0, s.offsetByCodePoints(0, SHOWN_TOKEN)) + "…";
    }

    /** Whether the bytes from {@code at} to the end are the first bytes of one UTF-8 character and no more. */
    private boolean cutInsideCharacter(int at) {
        int lead = bytes[at] & 0xff;
        int length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
        if (lead > 0xf4 || length == 0 || bytes.length - at >= length) {
            return false;
        }
        for (int i = at + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Strictly GBK, and with some Chinese in it: what Windows Notepad and WPS save as 「ANSI」 on a Chinese system. */
    private boolean looksLikeGbk() {
        try {
            String s = Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
