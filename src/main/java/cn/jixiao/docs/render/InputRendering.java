package cn.jixiao.docs.render;

import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.workbook.InputKind;
import cn.jixiao.docs.workbook.UnreadableWorkbook;
import cn.jixiao.docs.workbook.WorkbookRead;
import cn.jixiao.docs.workbook.WorkbookReader;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Renders an input of either kind through the one JSON path: a workbook is read into contract JSON, rendered, and
 * every problem told in the cell the clerk typed it. What the service, command line and batch share. Stateless.
 */
public final class InputRendering {

    private InputRendering() {}

    /**
     * {@code renderer} renders contract JSON (a {@link Renderer}'s {@code render}, with the caller's cancellation and
     * admission) and validates for {@code deployment}.
     */
    public static Rendered render(BiFunction<byte[], Set<Format>, Rendered> renderer, Deployment deployment,
                                  byte[] bytes, InputKind kind, Set<Format> formats) {
        if (kind == InputKind.JSON) {
            return renderer.apply(bytes, formats);
        }
        try {
            return render(renderer, deployment, WorkbookReader.read(bytes), formats);
        } catch (UnreadableWorkbook e) {
            return Rendered.failed(List.of(e.problem()));
        }
    }

    /** A workbook with errors of its own is answered as validating it answers, without rendering. */
    public static Rendered render(BiFunction<byte[], Set<Format>, Rendered> renderer, Deployment deployment,
                                  WorkbookRead workbook, Set<Format> formats) {
        if (workbook.hasErrors()) {
            return Rendered.failed(workbook.validate(deployment).problems());
        }
        Rendered r = renderer.apply(workbook.json(), formats);
        return new Rendered(workbook.withOwn(r.problems()), r.documents(), r.baseName(), r.asciiName(), r.pages());
    }
}
