package cn.jixiao.docs.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.InputRendering;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture → workbook → contract JSON is the same plan, and renders to the same bytes: the workbook is only
 * another way in to the same contract.
 */
class WorkbookRoundTripTest {

    static List<Path> fixtures() { return Fixtures.valid(); }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theWorkbookOfAFixtureReadsBackAsTheSamePlanWithNoProblem(Path fixture) throws UnreadableWorkbook {
        Plan plan = TestRendering.plan(fixture);
        WorkbookRead read = WorkbookReader.read(WorkbookWriter.write(plan));
        Validation v = read.validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
        assertEquals(List.of(), v.problems(), fixture.toString());
        assertEquals(plan, v.plan(), fixture.toString());
        // The json command's output is that same contract JSON.
        assertEquals(plan, Validator.validate(read.prettyJson()).plan());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theDocumentsFromTheWorkbookAreByteIdenticalToThoseFromTheJson(Path fixture) throws UnreadableWorkbook {
        byte[] json = Fixtures.read(fixture);
        byte[] xlsx = WorkbookWriter.write(TestRendering.plan(fixture));
        EnumSet<Format> both = EnumSet.allOf(Format.class);
        Rendered fromJson = TestRendering.RENDERER.render(json, both);
        Rendered fromWorkbook = InputRendering.render(TestRendering.RENDERER::render,
                TestRendering.RENDERER.deployment(), WorkbookReader.read(xlsx), both);
        assertTrue(fromWorkbook.ok(), fromWorkbook.problems().toString());
        assertEquals(fromJson.baseName(), fromWorkbook.baseName());
        for (Format f : both) {
            assertArrayEquals(fromJson.documents().get(f), fromWorkbook.documents().get(f), fixture + " " + f);
        }
    }
}
