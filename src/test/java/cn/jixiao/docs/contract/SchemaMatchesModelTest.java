package cn.jixiao.docs.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.validation.Limits;
import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published JSON Schema and the Java contract must name exactly the same fields. */
class SchemaMatchesModelTest {

    private static final Map<String, Class<? extends Record>> DEFS = Map.of(
            "Department", Plan.Department.class,
            "Overview", Plan.Overview.class,
            "SubGoal", Plan.SubGoal.class,
            "Paragraph", Plan.Paragraph.class,
            "Project", Plan.Project.class,
            "Budget", Plan.Budget.class,
            "SpendingPlan", Plan.SpendingPlan.class,
            "Indicator", Plan.Indicator.class);

    @Test
    void everySchemaObjectListsExactlyTheRecordsComponents() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/plan.schema.json")) {
            assertNotNull(in, "schema is packaged");
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(components(Plan.class), names(schema.get("properties")), "top level");
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        DEFS.forEach((def, type) -> {
            JsonNode node = schema.get("$defs").get(def);
            assertNotNull(node, def);
            assertEquals(components(type), names(node.get("properties")), def);
            assertFalse(node.get("additionalProperties").asBoolean(true), def + " forbids unknown fields");
        });
    }

    /** The bounds the rules enforce are the schema's: a client validating with the schema is refused nothing more. */
    @Test
    void theSchemasBoundsAreTheContractsLimits() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/plan.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode defs = schema.get("$defs");
        assertEquals(Limits.MAX_TEXT, defs.get("Text").get("maxLength").asInt());
        assertEquals(Limits.MAX_TEXT, defs.get("Paragraph").get("maxLength").asInt());
        assertEquals(Limits.MAX_NAME, defs.get("Name").get("maxLength").asInt());
        assertEquals(Limits.MAX_PROJECTS, schema.get("properties").get("projects").get("maxItems").asInt());
        assertEquals(Limits.MAX_INDICATORS, defs.get("Project").get("properties").get("indicators").get("maxItems").asInt());
        BigDecimal largest = BigDecimal.TEN.pow(Limits.MONEY_INTEGER_DIGITS).subtract(BigDecimal.ONE.movePointLeft(Limits.PRINTED_DECIMALS));
        assertEquals(0, largest.compareTo(defs.get("Money").get("maximum").decimalValue()), "money's maximum");
        assertEquals(0, defs.get("Money").get("minimum").asInt());
        assertEquals(100, defs.get("Percent").get("maximum").asInt());
        assertEquals(0, defs.get("Percent").get("minimum").asInt());
        // Every name-like field of the contract refers to Name (or RequiredName); prose to Text.
        for (String[] field : new String[][] {{"Department", "name"}, {"Department", "code"}, {"Project", "name"},
                {"Project", "code"}, {"SubGoal", "title"}, {"Indicator", "level3"}}) {
            String ref = defs.get(field[0]).get("properties").get(field[1]).get("$ref").asText();
            assertTrue(ref.endsWith("Name"), field[0] + "." + field[1] + " is a name: " + ref);
        }
    }

    private static Set<String> components(Class<? extends Record> type) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> out.add(c.getName()));
        return out;
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
