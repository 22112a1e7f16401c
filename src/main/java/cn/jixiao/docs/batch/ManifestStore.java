package cn.jixiao.docs.batch;

import cn.jixiao.docs.render.AtomicFiles;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and atomically writes the manifest. */
final class ManifestStore {

    private ManifestStore() {}

    /**
     * The manifest, or an empty one when there is none yet or it cannot be understood: the run then renders
     * everything again, which is slow but always right, whereas trusting a damaged manifest could skip stale outputs.
     */
    static Manifest read(Path file) {
        try {
            Manifest m = BatchJson.MAPPER.readValue(Files.readAllBytes(file), Manifest.class);
            return m.version() == Manifest.CURRENT_VERSION ? m : Manifest.EMPTY;
        } catch (NoSuchFileException e) {
            return Manifest.EMPTY;
        } catch (IOException | RuntimeException e) {
            return Manifest.EMPTY;
        }
    }

    /** Compact, unlike the report: it is read by the program, and at ~0.5 KB an input it gets large. */
    static void write(Path file, Manifest manifest) throws IOException {
        AtomicFiles.write(file, BatchJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest));
    }
}
