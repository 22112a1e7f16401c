package cn.jixiao.docs.batch;

import cn.jixiao.docs.contract.Plan;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a *.json file in the input folder is meant as a plan at all. A folder of plans often holds other JSON
 * too (test expectations, exports, settings): a JSON array, a bare value, or an object that has none of a plan's
 * fields is skipped with a note instead of counted as a failed plan. An object with any plan field, an empty
 * object and anything unparsable are plans, so that their problems are reported.
 */
final class PlanShape {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> FIELDS = Arrays.stream(Plan.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private PlanShape() {}

    /** Null for a plan, else what the file is instead (the note's words: 「JSON 数组」). */
    static String notAPlan(byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            if (first == JsonToken.START_ARRAY) {
                return "batch.notPlan.array";
            }
            if (first != JsonToken.START_OBJECT) {
                return "batch.notPlan.value";
            }
            boolean anyField = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                anyField = true;
                if (FIELDS.contains(p.currentName())) {
                    return null;
                }
                p.nextToken();
                p.skipChildren();
            }
            return anyField ? "batch.notPlan.object" : null;
        } catch (IOException e) {
            return null;
        }
    }
}
