package cn.jixiao.docs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tree read without an ObjectMapper is the one the mapper the reader used before gives, node for node. */
class JsonTreeTest {

    /** As PlanReader configured it. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    @Test
    void everyFixtureGivesTheMappersTree() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Fixtures.DIR)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 40, "fixtures found: " + files.size());
        for (Path f : files) {
            byte[] json = Files.readAllBytes(f);
            try {
                JsonNode expected = MAPPER.readTree(MAPPER.createParser(json));
                assertSame(expected, ours(json), f.toString());
            } catch (JsonProcessingException e) {
                assertSameFailure(json, f.toString());
            }
        }
    }

    @Test
    void numbersKeepTheMappersNodeTypeAndScale() throws IOException {
        String json = "[13.00, 1.50E+3, 0.0, -0.0, 1e-5, 12345678901234567890, 2147483648, 2147483647, -7, 1.0e400,"
                + " 100, 0.10, 1e2147483647, 3.000000000000000000000000001, true, false, null, \"\","
                + " {\"a\": {\"b\": [[], {}]}}, \"13.00\", \"\\u0000\\ud842\\udfb7\"]";
        JsonNode expected = MAPPER.readTree(MAPPER.createParser(json.getBytes(StandardCharsets.UTF_8)));
        JsonNode actual = ours(json.getBytes(StandardCharsets.UTF_8));
        assertSame(expected, actual, json);
        assertEquals("13", actual.get(0).decimalValue().toString());
    }

    @Test
    void noValueIsNullAndBadInputFailsWhereTheMappersDid() throws IOException {
        assertNull(ours(new byte[0]));
        assertNull(ours("  \n ".getBytes(StandardCharsets.UTF_8)));
        for (String bad : List.of("{\"a\": 1, \"a\": 2}", "[NaN]", "{\"a\": }", "[1, 2", "{\"a\" 1}", "[01]", "[1.]",
                "\"unterminated", "{'a': 1}", "[" .repeat(1200) + "]".repeat(1200), "[1e" + "9".repeat(1200) + "]",
                "[" + "1".repeat(1200) + "]", "{\"a\": tru}", "[-1.0E-2147483647]")) {
            assertSameFailure(bad.getBytes(StandardCharsets.UTF_8), bad.length() > 40 ? bad.substring(0, 40) : bad);
        }
    }

    private static JsonNode ours(byte[] json) throws IOException {
        try (JsonParser p = JsonTree.FACTORY.createParser(json)) {
            return JsonTree.read(p);
        }
    }

    private static void assertSameFailure(byte[] json, String what) {
        JsonProcessingException theirs = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readTree(MAPPER.createParser(json)), what);
        JsonProcessingException mine = assertThrows(JsonProcessingException.class, () -> ours(json), what);
        assertEquals(theirs.getOriginalMessage(), mine.getOriginalMessage(), what);
        assertEquals(offset(theirs), offset(mine), what);
    }

    private static Long offset(JsonProcessingException e) {
        return e.getLocation() == null ? null : e.getLocation().getByteOffset(); // a limit's error has no place
    }

    /** Same node classes, texts, numbers with their scale, keys in order. */
    private static void assertSame(JsonNode expected, JsonNode actual, String where) {
        assertEquals(expected.getClass(), actual.getClass(), where);
        if (expected.isNumber()) {
            assertEquals(expected.decimalValue(), actual.decimalValue(), where); // BigDecimal.equals: scale too
        } else if (expected.isValueNode()) {
            assertEquals(expected.asText(), actual.asText(), where);
        }
        assertEquals(expected.size(), actual.size(), where);
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> e = expected.fields();
            Iterator<Map.Entry<String, JsonNode>> a = actual.fields();
            while (e.hasNext()) {
                Map.Entry<String, JsonNode> x = e.next();
                Map.Entry<String, JsonNode> y = a.next();
                assertEquals(x.getKey(), y.getKey(), where);
                assertSame(x.getValue(), y.getValue(), where + "/" + x.getKey());
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), actual.get(i), where + "/" + i);
            }
        }
    }
}
