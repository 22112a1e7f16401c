package cn.jixiao.docs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/** Finds where in the input a character first occurs, to point a warning at the field that holds it. */
public final class TextLocator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextLocator() {}

    /** The JSON Pointer of the first string value containing the code point, or "" when none does. */
    public static String find(byte[] json, int codePoint) {
        try {
            String found = find(JSON.readTree(json), "", new String(Character.toChars(codePoint)));
            return found == null ? "" : found;
        } catch (IOException e) {
            return "";
        }
    }

    private static String find(JsonNode node, String path, String needle) {
        if (node.isTextual()) {
            return node.textValue().contains(needle) ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = find(node.get(i), path + "/" + i, needle);
                if (p != null) {
                    return p;
                }
            }
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = find(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), needle);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }
}
