package cn.jixiao.docs.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
