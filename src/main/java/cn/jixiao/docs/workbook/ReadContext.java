package cn.jixiao.docs.workbook;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.validation.EditDistance;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What reading one workbook builds: the contract JSON tree, where each of its values came from, and the workbook's
 * own problems (a sheet or header that is missing, an indicator whose project does not exist). One per read.
 */
final class ReadContext {

    final Messages messages = Messages.get();
    final ObjectNode root = JsonNodeFactory.instance.objectNode();
    final Places.Builder places = new Places.Builder();
    final List<Problem> problems = new ArrayList<>();
    /** Set when the workbook is not laid out as ours: checking its contents then would only add noise. */
    boolean structural;

    void error(Place place, String key, Object... args) {
        problems.add(new Problem("", Problem.Severity.ERROR, messages.format(key, args), place.describe(messages), null, null));
    }

    void structuralError(Place place, String key, Object... args) {
        structural = true;
        error(place, key, args);
    }

    /**
     * Puts the cell's value at {@code column}'s field under {@code object} (whose pointer is {@code pointer}), read as
     * the column's kind, and records the cell as the place of that field even when it is blank: a required field
     * left empty is reported at the cell where it belongs.
     */
    void put(ObjectNode object, String pointer, Column column, String cell, Place.Cell place) {
        String field = column.pointer(pointer);
        places.put(field, place);
        String[] path = column.key().split("/");
        String text = CellText.text(cell);
        if (text == null) {
            return;
        }
        ObjectNode target = object;
        for (int i = 0; i < path.length - 1; i++) {
            target = target.has(path[i]) ? (ObjectNode) target.get(path[i]) : target.putObject(path[i]);
        }
        String name = path[path.length - 1];
        switch (column.kind()) {
            case TEXT, CODE, CHOICE -> target.put(name, text);
            case LINES -> {
                var lines = target.putArray(name);
                CellText.lines(cell).forEach(lines::add);
            }
            case MONEY, PERCENT, YEAR -> {
                BigDecimal n = CellText.number(cell, column.kind().unit());
                if (n == null) {
                    target.put(name, text); // not a number: the contract's type check says so, at this cell
                } else if (column.kind() == CellKind.YEAR && n.stripTrailingZeros().scale() <= 0) {
                    target.put(name, n.intValue());
                } else {
                    target.put(name, n);
                }
            }
        }
    }

    /** The one of {@code known} that {@code given} is most likely a typo of, or null when none is close. */
    String nearest(String given, Collection<String> known) {
        String key = HeaderKey.of(given).toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = EditDistance.between(key, HeaderKey.of(k).toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, key.length() / 3) ? best : null;
    }
}
