package cn.jixiao.docs.workbook;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook as read: its contract JSON, the cell behind each value, and the workbook's own problems. Validating or
 * rendering goes through the contract's one path (JSON in), and every problem that comes back is told where the
 * clerk typed it: 「『项目』表第 3 行 D 列（预算数（万元））」, with the contract path beside it. Immutable.
 */
public final class WorkbookRead {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final byte[] json;
    private final Places places;
    private final List<Problem> problems;
    private final boolean structural;

    WorkbookRead(ObjectNode json, Places places, List<Problem> problems, boolean structural) {
        try {
            this.json = JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        this.places = places;
        this.problems = List.copyOf(problems);
        this.structural = structural;
    }

    /** The contract JSON read from the workbook, exactly what is validated and rendered. */
    public byte[] json() { return json.clone(); }

    /** The same, indented for people (the {@code json} command). */
    public String prettyJson() {
        try {
            return JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every problem, the workbook's and the contract's. A workbook not laid out as ours (a sheet or header missing)
     * reports only that: its contents are not where they are looked for, and each would be reported as missing.
     */
    public Validation validate(Deployment deployment) {
        if (structural) {
            return new Validation(null, problems, null);
        }
        Validation v = Validator.validate(json, deployment);
        List<Problem> all = new ArrayList<>(problems);
        v.problems().stream().map(this::locate).forEach(all::add);
        return hasErrors() ? new Validation(null, all, null) : new Validation(v.plan(), all, v.asGiven());
    }

    /**
     * The workbook's own problems, then {@code others} (what rendering its JSON found) each told where in the
     * workbook it is.
     */
    public List<Problem> withOwn(List<Problem> others) {
        List<Problem> all = new ArrayList<>(problems);
        others.stream().map(this::locate).forEach(all::add);
        return all;
    }

    /** The problem with its {@code where} naming the cell (sheet, row, column, header); the path is kept. */
    public Problem locate(Problem p) {
        String cell = cellOf(p.path());
        return cell == null ? p : new Problem(p.path(), p.severity(), p.message(), cell, p.line(), p.column());
    }

    /** Where the clerk typed what a contract path holds (「『绩效指标』表第 12 行 F 列（指标值）」), or null. */
    public String cellOf(String pointer) {
        Place place = places.find(pointer);
        return place == null ? null : place.describe(Messages.get());
    }

    /** Whether the workbook has errors of its own: then it is answered as {@link #validate} answers it. */
    public boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }
}
