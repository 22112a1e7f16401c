package cn.jixiao.docs.render;

import cn.jixiao.docs.problem.Problem;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one render: either the documents (and any warnings), or the problems that stopped it.
 * {@code baseName} is the file name without extension: 「巨鹿县总工会2024年部门预算绩效文本」; {@code asciiName} the
 * same for clients that only take ASCII names: 「jixiao-docs-711001-2024」, with the department's code.
 */
public record Rendered(List<Problem> problems, Map<Format, byte[]> documents, String baseName, String asciiName,
                       int pages) {

    /** Nothing rendered, because of {@code problems}. */
    public static Rendered failed(List<Problem> problems) { return new Rendered(problems, Map.of(), "", "", 0); }

    public Rendered {
        problems = List.copyOf(problems);
        // In the formats' order: Map.copyOf iterates in an order that changes from JVM to JVM, and the command line
        // lists what it wrote in this order.
        documents = documents.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(documents));
    }

    public boolean ok() { return problems.stream().noneMatch(Problem::isError); }

    public List<Problem> warnings() { return problems.stream().filter(p -> !p.isError()).toList(); }

    public String fileName(Format f) { return baseName + "." + f.extension; }
}
