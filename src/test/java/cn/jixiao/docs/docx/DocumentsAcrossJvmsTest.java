package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every fixture's DOCX and PDF have the same bytes in every JVM, whatever its class-data sharing and compiler
 * set-up (the JAXB writer's namespace order changed with -Xshare:off, so files differed from process to process;
 * a PDF's subset names and glyph numbering must not depend on hash order or on what another JVM loaded first).
 */
class DocumentsAcrossJvmsTest {

    private static final List<List<String>> JVM_FLAGS = List.of(
            List.of(),
            List.of("-Xshare:off"),
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));

    @Test
    void threeFreshJvmsWriteTheSameBytesAsThisOne() throws Exception {
        Map<String, String> here = DocumentHashes.hashes();
        assertTrue(here.size() > 1, here.toString());
        for (List<String> flags : JVM_FLAGS) {
            assertEquals(here, hashesInFreshJvm(flags), "with " + flags);
        }
    }

    private static Map<String, String> hashesInFreshJvm(List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                DocumentHashes.class.getName()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                String[] nameAndHash = line.split(" ");
                hashes.put(nameAndHash[0], nameAndHash[1]);
            }
        }
        return hashes;
    }
}
