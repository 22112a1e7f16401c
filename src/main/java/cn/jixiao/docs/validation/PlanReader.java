package cn.jixiao.docs.validation;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.util.InvisibleCharacters;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads contract JSON into a {@link Plan}, reporting every structural problem (unparsable JSON, wrong types,
 * missing required fields, unknown fields) against its JSON Pointer. Semantic rules are {@link PlanRules}' job.
 */
final class PlanReader {

    // The field names a reader accepts are the contract records' components, so the two cannot drift apart.
    private static final Set<String> TOP = fields(Plan.class);
    private static final Set<String> DEPARTMENT = fields(Plan.Department.class);
    private static final Set<String> OVERVIEW = fields(Plan.Overview.class);
    private static final Set<String> SUB_GOAL = fields(Plan.SubGoal.class);
    private static final Set<String> PARAGRAPH = fields(Plan.Paragraph.class);
    private static final Set<String> PROJECT = fields(Plan.Project.class);
    private static final Set<String> BUDGET = fields(Plan.Budget.class);
    private static final Set<String> SPENDING = fields(Plan.SpendingPlan.class);
    private static final Set<String> INDICATOR = fields(Plan.Indicator.class);

    /** 100 has three. */
    private static final int PERCENT_INTEGER_DIGITS = 3;

    private final ProblemCollector problems;

    PlanReader(ProblemCollector problems) { this.problems = problems; }

    /** The plan, or null when the JSON could not be parsed or is not an object at all. */
    Plan read(byte[] json) {
        JsonSyntax syntax = new JsonSyntax(json, problems.messages());
        JsonSyntax.Error encoding = syntax.encoding();
        if (encoding != null) {
            return malformed(encoding);
        }
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = JsonTree.FACTORY.createParser(json);
            root = JsonTree.read(parser);
            if (root != null && hasMore(parser)) {
                return malformed(syntax.trailing(parser.currentTokenLocation().getByteOffset()));
            }
        } catch (JsonProcessingException e) {
            return malformed(syntax.of(e, parser == null ? 0 : parser.currentLocation().getByteOffset()));
        } catch (IOException e) {
            problems.malformed(String.valueOf(e.getMessage()), null, null);
            return null;
        } finally {
            closeQuietly(parser);
        }
        if (root == null || root.isMissingNode()) {
            problems.error("", "error.emptyInput");
            return null;
        }
        if (!object(root, "", TOP)) {
            return null;
        }
        Integer year = integer(root.get("year"), "/year", true);
        Plan.Department department = department(root.get("department"));
        return new Plan(year, department,
                string(root.get("status"), "/status", false),
                string(root.get("preparedBy"), "/preparedBy", false),
                string(root.get("reviewedBy"), "/reviewedBy", false),
                string(root.get("template"), "/template", false),
                overview(root.get("overview")),
                list(root.get("projects"), "/projects", this::project));
    }

    /** Whether anything follows the value: a further token, or something that is not even one (「x」). */
    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private Plan malformed(JsonSyntax.Error e) {
        problems.malformed(e.message(), e.line(), e.column());
        return null;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Parsing from memory: nothing was opened that could fail to close.
            }
        }
    }

    private Plan.Department department(JsonNode node) {
        String path = "/department";
        if (node == null || node.isNull()) {
            problems.error(path, "error.required");
            return null;
        }
        if (!object(node, path, DEPARTMENT)) {
            return null;
        }
        return new Plan.Department(
                string(node.get("code"), path + "/code", true),
                string(node.get("name"), path + "/name", true),
                string(node.get("unitLabel"), path + "/unitLabel", false));
    }

    private Plan.Overview overview(JsonNode node) {
        String path = "/overview";
        if (node == null || node.isNull() || !object(node, path, OVERVIEW)) {
            return new Plan.Overview(List.of(), List.of(), List.of());
        }
        return new Plan.Overview(
                paragraphs(node.get("overallGoal"), path + "/overallGoal"),
                list(node.get("subGoals"), path + "/subGoals", this::subGoal),
                paragraphs(node.get("measures"), path + "/measures"));
    }

    private Plan.SubGoal subGoal(JsonNode node, String path) {
        if (!object(node, path, SUB_GOAL)) {
            return null;
        }
        return new Plan.SubGoal(
                string(node.get("title"), path + "/title", true),
                string(node.get("goal"), path + "/goal", false),
                string(node.get("indicator"), path + "/indicator", false),
                paragraphs(node.get("text"), path + "/text"));
    }

    private List<Plan.Paragraph> paragraphs(JsonNode node, String path) {
        if (node != null && node.isTextual()) {
            return List.of(new Plan.Paragraph(null, node.textValue()));
        }
        return list(node, path, (item, itemPath) -> {
            if (item.isTextual()) {
                return new Plan.Paragraph(null, item.textValue());
            }
            if (!object(item, itemPath, PARAGRAPH)) {
                return null;
            }
            return new Plan.Paragraph(string(item.get("title"), itemPath + "/title", false),
                    string(item.get("text"), itemPath + "/text", false));
        });
    }

    private Plan.Project project(JsonNode node, String path) {
        if (!object(node, path, PROJECT)) {
            return null;
        }
        List<String> goals = node.get("goals") != null && node.get("goals").isTextual()
                ? List.of(node.get("goals").textValue())
                : list(node.get("goals"), path + "/goals", (item, p) -> string(item, p, true));
        JsonNode indicators = node.get("indicators");
        if (indicators == null || indicators.isNull()) {
            problems.error(path + "/indicators", "error.required");
        } else if (indicators.isArray() && indicators.isEmpty()) {
            problems.error(path + "/indicators", "error.noIndicators");
        }
        return new Plan.Project(
                string(node.get("code"), path + "/code", true),
                string(node.get("name"), path + "/name", true),
                string(node.get("unitLabel"), path + "/unitLabel", false),
                budget(node.get("budget"), path + "/budget"),
                string(node.get("purpose"), path + "/purpose", false),
                spendingPlan(node.get("spendingPlan"), path + "/spendingPlan"),
                goals,
                list(indicators, path + "/indicators", this::indicator));
    }

    private Plan.Budget budget(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problems.error(path + "/total", "error.required");
            return null;
        }
        if (!object(node, path, BUDGET)) {
            return null;
        }
        return new Plan.Budget(bounded(node.get("total"), path + "/total", true, Limits.MONEY_INTEGER_DIGITS),
                bounded(node.get("fiscal"), path + "/fiscal", false, Limits.MONEY_INTEGER_DIGITS),
                bounded(node.get("other"), path + "/other", false, Limits.MONEY_INTEGER_DIGITS));
    }

    private Plan.SpendingPlan spendingPlan(JsonNode node, String path) {
        if (node == null || node.isNull() || !object(node, path, SPENDING)) {
            return null;
        }
        return new Plan.SpendingPlan(bounded(node.get("march"), path + "/march", false, PERCENT_INTEGER_DIGITS),
                bounded(node.get("june"), path + "/june", false, PERCENT_INTEGER_DIGITS),
                bounded(node.get("october"), path + "/october", false, PERCENT_INTEGER_DIGITS),
                bounded(node.get("december"), path + "/december", false, PERCENT_INTEGER_DIGITS));
    }

    private Plan.Indicator indicator(JsonNode node, String path) {
        if (!object(node, path, INDICATOR)) {
            return null;
        }
        return new Plan.Indicator(
                string(node.get("level1"), path + "/level1", true),
                string(node.get("level2"), path + "/level2", true),
                string(node.get("level3"), path + "/level3", false),
                string(node.get("description"), path + "/description", false),
                string(node.get("value"), path + "/value", false),
                string(node.get("basis"), path + "/basis", false));
    }

    // ---- typed accessors: each reports its own problem and returns null when the value is unusable ----

    /** Checks that node is an object and reports fields it does not know, suggesting the nearest known name. */
    private boolean object(JsonNode node, String path, Set<String> known) {
        if (!node.isObject()) {
            wrongType(path, "type.object", node);
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                problems.error(path + "/" + JsonPointer.escape(name), "error.unknownField", name, suggestion(name, known));
            }
        }
        return true;
    }

    private <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> item) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            wrongType(path, "type.array", node);
            return List.of();
        }
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            T value = item.apply(node.get(i), path + "/" + i);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** Whether there is a value to read; a missing required one is reported. */
    private boolean present(JsonNode node, String path, boolean required) {
        if (node != null && !node.isNull()) {
            return true;
        }
        if (required) {
            problems.error(path, "error.required");
        }
        return false;
    }

    private String string(JsonNode node, String path, boolean required) {
        if (!present(node, path, required)) {
            return null;
        }
        if (!node.isTextual()) {
            wrongType(path, "type.string", node);
            return null;
        }
        if (required && InvisibleCharacters.blank(node.textValue())) {
            problems.error(path, "error.blank");
        }
        return node.textValue();
    }

    private BigDecimal number(JsonNode node, String path, boolean required) {
        if (!present(node, path, required)) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(path, "type.number", node);
            return null;
        }
        return node.decimalValue();
    }

    /**
     * A number within the contract's digits, decided from its precision and exponent alone: 1e10000000 is one digit
     * and an exponent, and only expanding it (setScale, toPlainString, adding it to another) would cost minutes and
     * gigabytes. A number out of bounds is reported here and read as absent, so no later rule ever touches it.
     */
    private BigDecimal bounded(JsonNode node, String path, boolean required, int integerDigits) {
        BigDecimal n = number(node, path, required);
        if (n == null) {
            return null;
        }
        if (n.signum() == 0) {
            return n.scale() < 0 || n.scale() > Limits.MAX_DECIMALS ? BigDecimal.ZERO : n;
        }
        if (n.precision() - n.scale() > integerDigits) {
            if (integerDigits == PERCENT_INTEGER_DIGITS) {
                problems.error(path, "error.percentRange", n.toString());
            } else {
                problems.error(path, "error.moneyTooLarge", n.toString(), integerDigits);
            }
            return null;
        }
        // stripTrailingZeros divides the unscaled digits, at most the 1,000 the parser allows, whatever the exponent.
        if (n.scale() > Limits.MAX_DECIMALS && n.stripTrailingZeros().scale() > Limits.MAX_DECIMALS) {
            problems.error(path, "error.tooManyDecimals", n.toString(), Limits.MAX_DECIMALS);
            return null;
        }
        return n;
    }

    private Integer integer(JsonNode node, String path, boolean required) {
        BigDecimal n = number(node, path, required);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            wrongType(path, "type.integer", node);
            return null;
        }
    }

    private void wrongType(String path, String expectedKey, JsonNode actual) {
        Messages m = problems.messages();
        problems.error(path, "error.wrongType", m.get(expectedKey), m.get(typeKey(actual)));
    }

    private static String typeKey(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "type.object";
            case ARRAY -> "type.array";
            case STRING, BINARY -> "type.string";
            case NUMBER -> "type.number";
            case BOOLEAN -> "type.boolean";
            default -> "type.null";
        };
    }

    private String suggestion(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = EditDistance.between(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        Messages m = problems.messages();
        if (best != null && bestDistance <= Math.max(2, name.length() / 3)) {
            return m.format("hint.didYouMean", best);
        }
        return m.format("hint.allowedFields", String.join("、", known.stream().sorted().toList()));
    }

    private static Set<String> fields(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** RFC 6901: a field name with / or ~ is escaped in a pointer. */
}
