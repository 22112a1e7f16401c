package cn.jixiao.docs.batch;

import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.render.Admission;
import cn.jixiao.docs.render.AtomicFiles;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.InputRendering;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.util.Checksum;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.InputKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;

/**
 * Does one input: read it, review it, skip it if its outputs are up to date, otherwise render and write them. Never
 * throws for a bad input: every way it can go wrong becomes a failed {@link Outcome}. Thread-safe (holds only shared,
 * thread-safe collaborators); one instance serves every worker of a run.
 */
final class InputProcessor {

    /**
     * Larger inputs are refused unread: real plans are well under 1 MB, and a few huge files in flight at once must
     * not exhaust the heap.
     */
    static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

    private final Renderer renderer;
    private final BatchOptions options;
    private final RunKey key;
    private final OutputClaims claims;
    private final ReviewSheet reviews;
    private final Queue<BatchReport.Unwritable> unwritable;

    InputProcessor(Renderer renderer, BatchOptions options, RunKey key, OutputClaims claims, ReviewSheet reviews,
                   Queue<BatchReport.Unwritable> unwritable) {
        this.renderer = renderer;
        this.options = options;
        this.key = key;
        this.claims = claims;
        this.reviews = reviews;
        this.unwritable = unwritable;
    }

    /** What the first stage left: the input is done (skipped or failed), or its documents wait to be written. */
    sealed interface Step {}

    record Done(Outcome outcome) implements Step {}

    record ToWrite(InputFile input, ManifestEntry previous, String inputChecksum, Rendered rendered) implements Step {}

    /** Both stages on the calling thread. {@code previous}: the input's manifest entry from earlier runs, or null. */
    Outcome process(InputFile input, ManifestEntry previous) {
        Step step = render(input, previous);
        return step instanceof ToWrite w ? write(w) : ((Done) step).outcome();
    }

    /**
     * The CPU-bound stage: read, check whether the outputs are up to date, render. Writing is a separate stage so
     * that a batch can give it threads of its own: each file's fsync waits on the disk, and a render thread waiting
     * there is a core doing nothing.
     */
    Step render(InputFile input, ManifestEntry previous) {
        Path path = input.path();
        byte[] json;
        try {
            if (Files.isDirectory(path)) {
                return done(Outcome.failed(input.key(), "batch.problem.isFolder"));
            }
            long size = Files.size(path);
            if (size > MAX_INPUT_BYTES) {
                return done(Outcome.failed(input.key(), "batch.problem.tooLarge", size, MAX_INPUT_BYTES));
            }
            json = Files.readAllBytes(path);
        } catch (IOException e) {
            return done(Outcome.failed(input.key(), readProblemKey(e), String.valueOf(e.getMessage())));
        }
        InputKind kind = InputKind.of(path);
        String notAPlan = kind == InputKind.JSON ? PlanShape.notAPlan(json) : null;
        if (notAPlan != null) {
            return done(Outcome.notAPlan(input.key(), notAPlan));
        }
        // Before the up-to-date check: an unchanged plan is still on the review list.
        Validation validated = reviews.review(input.key(), json, kind);
        String inputChecksum = Checksum.of(json);
        if (!options.force() && previous != null && previous.madeFrom(inputChecksum, key, options.formats())
                && outputsIntact(previous)) {
            return done(Outcome.skipped(input.key(), previous));
        }
        Rendered r;
        // Counted from the start of the render: a stuck input gives way to the others after the time limit.
        Cancellation limit = Cancellation.after(options.timeLimit().toNanos());
        try {
            // A JSON plan's validation from the review is the one rendering would make (same deployment); a
            // workbook's problems are placed in its cells on the way, so it goes the usual way.
            r = kind == InputKind.JSON && validated != null
                    ? renderer.render(validated, options.formats(), limit, Admission.UNLIMITED)
                    : InputRendering.render((j, f) -> renderer.render(j, f, limit, Admission.UNLIMITED), renderer.deployment(),
                    json, kind, options.formats());
        } catch (Cancellation.Cancelled e) {
            return done(Outcome.failed(input.key(), "batch.problem.timeLimit", options.timeLimit().toSeconds()));
        } catch (RuntimeException | StackOverflowError e) {
            // A renderer bug on one odd input must not stop the other thousand.
            return done(Outcome.failed(input.key(), "batch.problem.internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        if (!r.ok()) {
            return done(Outcome.failed(input.key(), r.problems()));
        }
        return new ToWrite(input, previous, inputChecksum, r);
    }

    /** The I/O stage: claim the output name, write each document atomically, make the manifest entry. */
    Outcome write(ToWrite w) {
        InputFile input = w.input();
        ManifestEntry previous = w.previous();
        Rendered r = w.rendered();
        String name = input.folder() + r.baseName();
        Map<String, OutputFile> outputs = new LinkedHashMap<>();
        OutputClaims.Claim claim;
        Path[] writing = new Path[1];
        try {
            claim = claims.claimAndWrite(name, input.key(), () -> {
                for (Format f : options.formats()) {
                    String path = name + "." + f.extension;
                    writing[0] = OutputPaths.resolve(options.outputDir(), path);
                    byte[] document = r.documents().get(f);
                    AtomicFiles.write(writing[0], document);
                    outputs.put(f.extension, OutputFile.written(path, document, writing[0]));
                }
            });
        } catch (IOException e) {
            // A full disk is the run's problem as well as this input's: the run reports the file and exits with 4.
            Path file = writing[0] == null ? options.outputDir().resolve(name) : writing[0];
            String reason = AtomicFiles.reason(e);
            unwritable.add(new BatchReport.Unwritable(file.toString(), reason));
            return Outcome.failed(input.key(), "batch.problem.cannotWrite", file, reason);
        }
        if (claim instanceof OutputClaims.Claim.Denied denied) {
            return Outcome.failed(input.key(), "batch.problem.duplicateOutput", denied.owner(), name);
        }
        if (previous != null) {
            removeRenamedOutputs(input, previous, name);
        }
        ManifestEntry entry = new ManifestEntry(w.inputChecksum(), key.templates(), key.fonts(), key.program(), outputs, r.warnings());
        return Outcome.rendered(input.key(), entry, name, ((OutputClaims.Claim.Granted) claim).displaced());
    }

    /**
     * The department or year changed, so the document now has another name: the old files would linger as a
     * second, stale document of the same department. Removed only if this input still owns their name.
     */
    private void removeRenamedOutputs(InputFile input, ManifestEntry previous, String newName) {
        for (OutputFile old : previous.outputs().values()) {
            if (!old.stem().equals(newName) && claims.release(old.stem(), input.key())) {
                for (OutputFile sibling : previous.outputs().values()) {
                    if (sibling.stem().equals(old.stem())) {
                        deleteQuietly(resolve(sibling));
                    }
                }
            }
        }
    }

    /** Whether every recorded output is on disk with the recorded bytes; anything else means render again. */
    private boolean outputsIntact(ManifestEntry entry) {
        for (Format f : options.formats()) {
            OutputFile out = entry.outputs().get(f.extension);
            try {
                if (!out.isOnDisk(resolve(out))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The output's place under OUTPUT_DIR, or null for a manifest path that would lead outside it. */
    Path resolve(OutputFile out) {
        return OutputPaths.resolve(options.outputDir(), out.path());
    }

    /** Which message explains a read failure to a clerk. */
    private static String readProblemKey(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "batch.problem.missing";
        }
        if (e instanceof AccessDeniedException) {
            return "batch.problem.noPermission";
        }
        return "batch.problem.cannotRead";
    }

    private static Step done(Outcome outcome) { return new Done(outcome); }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A file that cannot be removed stays; the next run tries again.
        }
    }
}
