package cn.jixiao.docs.review;

import static cn.jixiao.docs.review.PlanEdits.cell;
import static cn.jixiao.docs.review.PlanEdits.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment extends the bundled words with a file of its own, and a mistake in that file is refused. */
class VocabularyTest {

    @TempDir
    Path dir;

    Reviewer extendedBy(String properties) throws IOException {
        Path file = dir.resolve("extra.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return new Reviewer(Vocabulary.extendedBy(file));
    }

    @Test
    void anExtraUnitMakesAValueWellFormed() throws IOException {
        var edit = cell(0, "value", "≥300棵");
        assertEquals(Set.of("value-malformed warning /projects/0/indicators/0/value"), PlanEdits.findings(edit));
        assertEquals(Set.of(), keys(PlanEdits.review(extendedBy("units = 棵 株\n"), edit)));
    }

    @Test
    void extraPlaceholderWordsAndPatternsAreFound() throws IOException {
        Reviewer reviewer = extendedBy("placeholder.words = 某某\nplaceholder.pattern.bracketed = 【[^】]*填写[^】]*】\n");
        assertEquals(Set.of("placeholder error /projects/0/purpose"),
                keys(PlanEdits.review(reviewer, p -> PlanEdits.project(p, 0).put("purpose", "拨付某某单位"))));
        assertEquals(Set.of("placeholder error /projects/0/purpose"),
                keys(PlanEdits.review(reviewer, p -> PlanEdits.project(p, 0).put("purpose", "【在这里填写用途】"))));
    }

    @Test
    void aThresholdIsReplacedNotAdded() throws IOException {
        var edit = cell(5, "value", "≥85%");
        assertEquals(Set.of(), PlanEdits.findings(edit));
        assertEquals(Set.of("satisfaction-low note /projects/0/indicators/5/value"),
                keys(PlanEdits.review(extendedBy("satisfaction.floor = 90\n"), edit)));
    }

    @Test
    void unknownKeysBadPatternsAndBadNumbersAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> extendedBy("unit = 棵\n")).getMessage()
                .contains("unknown key unit"));
        assertThrows(IllegalArgumentException.class, () -> extendedBy("placeholder.pattern.broken = [\n"));
        assertThrows(IllegalArgumentException.class, () -> extendedBy("satisfaction.floor = eighty\n"));
        assertThrows(IllegalArgumentException.class, () -> extendedBy("measure-nouns = 人数\n"));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.extendedBy(dir.resolve("no-such-file")));
    }

    /** Text.fold skips the normalizer for these characters: that is only right if NFKC really leaves them alone. */
    @Test
    void theCharactersFoldSkipsAreNfkcStable() {
        for (char c : Text.STABLE_PUNCTUATION.toCharArray()) {
            assertEquals(String.valueOf(c), Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), "U+" + Integer.toHexString(c));
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            assertEquals(String.valueOf(c), Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), "U+" + Integer.toHexString(c));
        }
        assertEquals("≥95%", Text.fold("≥９５％"));
        assertEquals("12户", Text.fold("⑫ 户"));
    }
}
