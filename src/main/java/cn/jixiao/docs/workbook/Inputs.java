package cn.jixiao.docs.workbook;

import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.review.Finding;
import cn.jixiao.docs.review.Review;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Validates, reviews or renders an input of either kind; what the service, command line and batch share. Stateless. */
public final class Inputs {

    private Inputs() {}

    /** {@code deployment}: the renderer's, so that the answer is the one rendering would give. */
    public static Validation validate(byte[] bytes, InputKind kind, Deployment deployment) {
        if (kind == InputKind.JSON) {
            return Validator.validate(bytes, deployment);
        }
        try {
            return WorkbookReader.read(bytes).validate(deployment);
        } catch (UnreadableWorkbook e) {
            return new Validation(null, List.of(e.problem()), null);
        }
    }

    /** An input validated and reviewed; a finding in a workbook says which cell it is about. */
    public record Checked(Validation validation, Review review) {}

    public static Checked review(Reviewer reviewer, byte[] bytes, InputKind kind, Deployment deployment) {
        if (kind == InputKind.JSON) {
            Validation v = Validator.validate(bytes, deployment);
            return new Checked(v, reviewer.review(v));
        }
        WorkbookRead read;
        try {
            read = WorkbookReader.read(bytes);
        } catch (UnreadableWorkbook e) {
            Validation v = new Validation(null, List.of(e.problem()), null);
            return new Checked(v, reviewer.review(v));
        }
        Validation v = read.validate(deployment);
        Review r = reviewer.review(v);
        List<Finding> located = r.findings().stream().map(f -> {
            String cell = read.cellOf(f.path());
            return cell == null ? f : new Finding(f.rule(), f.severity(), f.path(), cell, f.message());
        }).toList();
        return new Checked(v, new Review(r.plan(), located, r.score(), r.projects()));
    }

    /** {@code renderer} renders contract JSON ({@code Renderer::render}) and validates for {@code deployment}. */
    public static Rendered render(BiFunction<byte[], Set<Format>, Rendered> renderer, Deployment deployment,
                                  byte[] bytes, InputKind kind, Set<Format> formats) {
        if (kind == InputKind.JSON) {
            return renderer.apply(bytes, formats);
        }
        try {
            return WorkbookReader.read(bytes).render(renderer, deployment, formats);
        } catch (UnreadableWorkbook e) {
            return Rendered.failed(List.of(e.problem()));
        }
    }
}
