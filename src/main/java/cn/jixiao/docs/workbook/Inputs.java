package cn.jixiao.docs.workbook;

import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Validates or renders an input of either kind; what the command line and the batch share. Stateless. */
public final class Inputs {

    private Inputs() {}

    public static Validation validate(byte[] bytes, InputKind kind) {
        if (kind == InputKind.JSON) {
            return Validator.validate(bytes);
        }
        try {
            return WorkbookReader.read(bytes).validate();
        } catch (UnreadableWorkbook e) {
            return new Validation(null, List.of(e.problem()));
        }
    }

    /** {@code renderer} renders contract JSON ({@code Renderer::render}). */
    public static Rendered render(BiFunction<byte[], Set<Format>, Rendered> renderer, byte[] bytes, InputKind kind,
                                  Set<Format> formats) {
        if (kind == InputKind.JSON) {
            return renderer.apply(bytes, formats);
        }
        try {
            return WorkbookReader.read(bytes).render(renderer, formats);
        } catch (UnreadableWorkbook e) {
            return new Rendered(List.of(e.problem()), Map.of(), "", 0);
        }
    }
}
