package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every fixture's PDF and DOCX have the same bytes in five separate JVMs as in this one, whatever their class-data
 * sharing, compilers, collector, pointer size, identity hash codes, time zone and locale (the JAXB writer's namespace
 * order once changed with -Xshare:off, so files differed from process to process). One child renders every fixture
 * and prints the hashes; two children run at a time.
 */
class AcrossJvmsTest {

    private static final List<List<String>> JVM_FLAGS = List.of(
            List.of(),
            List.of("-Xshare:off"),
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
            List.of("-XX:-UseCompressedOops", "-XX:+UseParallelGC", "-Duser.timezone=America/Los_Angeles"),
            List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2", "-Duser.language=en", "-Duser.country=US",
                    "-Duser.timezone=Pacific/Kiritimati"));

    @Test
    void fiveFreshJvmsWriteTheSameBytesAsThisOneForEveryFixtureInBothFormats() throws Exception {
        Map<String, String> here = DocumentHashes.hashes();
        assertEquals(2 * Fixtures.valid().size() + 1, here.size(), here.toString());
        List<CompletableFuture<Map<String, String>>> children = new ArrayList<>();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (List<String> flags : JVM_FLAGS) {
                children.add(CompletableFuture.supplyAsync(() -> hashesInFreshJvm(flags), two));
            }
            for (int i = 0; i < JVM_FLAGS.size(); i++) {
                assertEquals(here, children.get(i).get(10, TimeUnit.MINUTES), "with " + JVM_FLAGS.get(i));
            }
        } finally {
            two.shutdownNow();
        }
    }

    private static Map<String, String> hashesInFreshJvm(List<String> flags) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                DocumentHashes.class.getName()));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(600, TimeUnit.SECONDS), "timed out: " + command);
            assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
            Map<String, String> hashes = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    String[] nameAndHash = line.split(" ");
                    hashes.put(nameAndHash[0], nameAndHash[1]);
                }
            }
            return hashes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
