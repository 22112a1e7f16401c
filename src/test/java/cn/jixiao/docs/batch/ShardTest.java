package cn.jixiao.docs.batch;

import static cn.jixiao.docs.batch.BatchTestSupport.copyAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTest {

    @TempDir
    Path tmp;

    @Test
    void parsesKOfNAndRefusesTheRest() {
        assertEquals(new Shard(3, 4), Shard.parse("3/4"));
        assertEquals(new Shard(0, 1), Shard.parse(" 0 / 1 "));
        for (String bad : List.of("3/2", "2/2", "-1/2", "1/0", "1", "a/b", "1/2/3", "", "0/9999999")) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
        assertEquals("", Shard.ALL.fileSuffix());
        assertEquals("-1-of-3", new Shard(1, 3).fileSuffix());
    }

    @Test
    void everyPathFallsInExactlyOneShardAndShardsAreBalanced() {
        int n = 7;
        int[] sizes = new int[n];
        for (int i = 0; i < 7000; i++) {
            String key = "县" + (i % 13) + "/部门" + i + ".json";
            int owners = 0;
            for (int k = 0; k < n; k++) {
                if (new Shard(k, n).contains(key)) {
                    owners++;
                    sizes[k]++;
                }
            }
            assertEquals(1, owners, key);
        }
        for (int size : sizes) {
            assertTrue(size > 800 && size < 1200, "unbalanced: " + java.util.Arrays.toString(sizes));
        }
    }

    @Test
    void shardRunsTogetherCoverEveryInputExactlyOnce() throws Exception {
        Path in = tmp.resolve("in");
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            String key = "c" + (i % 3) + "/d" + i + ".json";
            copyAs("104-minimal.json", in, key, "部门" + i);
            all.add(key);
        }
        Path out = tmp.resolve("out"); // one shared folder, as a Kubernetes volume would be
        int n = 3;
        List<String> rendered = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            BatchOptions o = BatchOptions.of(in, out).withFormats(EnumSet.of(Format.PDF)).withShard(new Shard(k, n));
            BatchResult r = BatchTestSupport.run(o);
            assertEquals(0, r.exitCode());
            assertEquals(out.resolve("report-" + k + "-of-3.json"), r.reportFile());
            Manifest m = ManifestStore.read(out.resolve("manifest-" + k + "-of-3.json"));
            assertEquals(r.report().counts().rendered(), m.entries().size());
            rendered.addAll(m.entries().keySet());
        }
        assertEquals(all.size(), rendered.size(), "no input in two shards");
        assertEquals(all, new HashSet<>(rendered), "every input in some shard");
        assertEquals(24, BatchTestSupport.outputs(out).size());
        assertFalse(Files.exists(out.resolve("manifest.json")));

        // Each shard's manifest stands alone: a second round skips everything, shard by shard.
        for (int k = 0; k < n; k++) {
            BatchOptions o = BatchOptions.of(in, out).withFormats(EnumSet.of(Format.PDF)).withShard(new Shard(k, n));
            assertEquals(0, BatchTestSupport.run(o).report().counts().rendered());
        }
    }
}
