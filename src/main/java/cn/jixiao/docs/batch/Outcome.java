package cn.jixiao.docs.batch;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.problem.Problem;
import java.util.List;

/**
 * What became of one input. {@code entry} is its new manifest entry (null when it failed: the previous entry, if
 * any, stays, since the files on disk are still the ones it describes). {@code outputName} and {@code displaced}
 * matter only when two inputs wanted the same output name.
 */
record Outcome(String input, Status status, List<Problem> problems, ManifestEntry entry, int files,
               String outputName, String displaced) {

    enum Status { RENDERED, SKIPPED, FAILED, NOT_A_PLAN }

    Outcome {
        problems = List.copyOf(problems);
    }

    static Outcome rendered(String input, ManifestEntry entry, String outputName, String displaced) {
        return new Outcome(input, Status.RENDERED, entry.warnings(), entry, entry.outputs().size(), outputName, displaced);
    }

    static Outcome skipped(String input, ManifestEntry entry) {
        return new Outcome(input, Status.SKIPPED, entry.warnings(), entry, 0, null, null);
    }

    /** A JSON file that is no plan (an array, another program's object): skipped, with a note saying so. */
    static Outcome notAPlan(String input, String whatKey) {
        return new Outcome(input, Status.NOT_A_PLAN, List.of(Problem.of(Problem.Severity.WARNING,
                "batch.notPlan", Messages.get().get(whatKey))), null, 0, null, null);
    }

    static Outcome failed(String input, List<Problem> problems) {
        return new Outcome(input, Status.FAILED, problems, null, 0, null, null);
    }

    static Outcome failed(String input, String messageKey, Object... args) {
        return failed(input, List.of(error(messageKey, args)));
    }

    /** This input rendered, but an input that sorts before it claimed the same output name. */
    Outcome lostTo(String winner) {
        return failed(input, "batch.problem.duplicateOutput", winner, outputName);
    }

    static Problem error(String messageKey, Object... args) {
        return Problem.of(Problem.Severity.ERROR, messageKey, args);
    }
}
