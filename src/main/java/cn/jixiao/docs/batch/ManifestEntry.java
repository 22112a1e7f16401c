package cn.jixiao.docs.batch;

import cn.jixiao.docs.problem.Problem;
import cn.jixiao.docs.render.Format;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the last successful render of one input was made from and what it wrote: {@code input} is the input's
 * {@link cn.jixiao.docs.util.Checksum}, {@code templates} and {@code fonts} their SHA-256 fingerprints,
 * {@code outputs} keyed by format extension ("pdf", "docx"). The warnings are kept so that a run which skips the
 * input still reports them.
 */
public record ManifestEntry(String input, String templates, String fonts, String program,
                            Map<String, OutputFile> outputs, List<Problem> warnings) {

    public ManifestEntry {
        // Every entry of a run has the same three; one copy each instead of one per entry read from the file.
        templates = templates == null ? null : templates.intern();
        fonts = fonts == null ? null : fonts.intern();
        program = program == null ? null : program.intern();
        outputs = outputs == null ? Map.of() : new TreeMap<>(outputs);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether this entry was rendered from the same input bytes, templates, fonts and program, in every format. */
    boolean madeFrom(String inputChecksum, RunKey key, Set<Format> formats) {
        return inputChecksum.equals(input) && key.templates().equals(templates) && key.fonts().equals(fonts)
                && key.program().equals(program) && formats.stream().allMatch(f -> outputs.containsKey(f.extension));
    }
}
