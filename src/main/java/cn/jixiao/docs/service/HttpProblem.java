package cn.jixiao.docs.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with this service's extensions: {@code errors}
 * (always present, at least one) and {@code warnings}. {@code retryAfterSeconds} and {@code authenticate} become
 * headers, not members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HttpProblem(String type, String title, int status, String detail, List<ProblemItem> errors,
        List<ProblemItem> warnings, @JsonIgnore Integer retryAfterSeconds, @JsonIgnore String authenticate) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are URNs: stable names to switch on, with nothing to dereference. */
    static final String TYPE_PREFIX = "urn:jixiao-docs:problem:";

    public HttpProblem {
        errors = List.copyOf(errors);
        warnings = warnings == null || warnings.isEmpty() ? null : List.copyOf(warnings);
    }

    /** Thrown by handlers and filters; the one exception handler turns it into the response. */
    public static final class Exception extends RuntimeException {
        private final HttpProblem problem;

        public Exception(HttpProblem problem) {
            super(problem.status() + " " + problem.type(), null, false, false);
            this.problem = problem;
        }

        public HttpProblem problem() { return problem; }
    }

    public Exception toException() { return new Exception(this); }
}
