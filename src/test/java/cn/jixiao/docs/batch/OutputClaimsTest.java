package cn.jixiao.docs.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets an output name two inputs want, independent of which thread got there first. */
class OutputClaimsTest {

    private final OutputClaims claims = new OutputClaims();
    private final List<String> writes = new ArrayList<>();

    private OutputClaims.Claim claim(String input) throws Exception {
        return claims.claimAndWrite("dir/doc", input, () -> writes.add(input));
    }

    @Test
    void theInputSortingFirstWinsInEitherOrder() throws Exception {
        assertEquals(new OutputClaims.Claim.Granted(null), claim("b.json"));
        assertEquals(new OutputClaims.Claim.Granted("b.json"), claim("a.json"));
        assertEquals(new OutputClaims.Claim.Denied("a.json"), claim("c.json"));
        // The winner wrote last, so its file is the one on disk.
        assertEquals(List.of("b.json", "a.json"), writes);
        assertEquals("a.json", claims.owner("dir/doc"));

        OutputClaims other = new OutputClaims();
        assertEquals(new OutputClaims.Claim.Granted(null), other.claimAndWrite("dir/doc", "a.json", () -> {}));
        assertEquals(new OutputClaims.Claim.Denied("a.json"), other.claimAndWrite("dir/doc", "b.json", () -> {}));
    }

    @Test
    void lastRunsOwnerKeepsTheNameEvenAgainstAnEarlierPath() throws Exception {
        claims.reserve("dir/doc", "m.json");
        assertEquals(new OutputClaims.Claim.Denied("m.json"), claim("a.json"));
        assertEquals(new OutputClaims.Claim.Granted(null), claim("m.json"));
        assertEquals(List.of("m.json"), writes);
    }

    @Test
    void releaseOnlyByTheOwner() throws Exception {
        claim("a.json");
        assertFalse(claims.release("dir/doc", "b.json"));
        assertTrue(claims.release("dir/doc", "a.json"));
        assertEquals(null, claims.owner("dir/doc"));
        assertEquals(new OutputClaims.Claim.Granted(null), claim("b.json"));
    }

    @Test
    void aDisplacedInputBecomesAFailureWhicheverIsRecordedFirst() {
        ManifestEntry entry = new ManifestEntry("i", "t", "f", "p", Map.of("pdf", new OutputFile("dir/doc.pdf", "s", null, null)), List.of());

        RunLedger loserFirst = new RunLedger(Manifest.EMPTY, 2);
        loserFirst.record(Outcome.rendered("b.json", entry, "dir/doc", null));
        loserFirst.record(Outcome.rendered("a.json", entry, "dir/doc", "b.json"));
        assertDisplaced(loserFirst);

        RunLedger winnerFirst = new RunLedger(Manifest.EMPTY, 2);
        winnerFirst.record(Outcome.rendered("a.json", entry, "dir/doc", "b.json"));
        winnerFirst.record(Outcome.rendered("b.json", entry, "dir/doc", null));
        assertDisplaced(winnerFirst);
    }

    private static void assertDisplaced(RunLedger ledger) {
        assertEquals(new BatchCounts(2, 1, 0, 1), ledger.counts());
        assertEquals(1, ledger.files());
        assertEquals(List.of("a.json"), List.copyOf(ledger.manifest().entries().keySet()));
        Outcome b = ledger.outcomes().get(1);
        assertEquals(Outcome.Status.FAILED, b.status());
        Problem p = b.problems().get(0);
        assertTrue(p.message().contains("a.json") && p.message().contains("dir/doc"), p.message());
    }
}
