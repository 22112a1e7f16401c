package cn.jixiao.docs.workbook;

import cn.jixiao.docs.review.Finding;
import cn.jixiao.docs.review.Review;
import cn.jixiao.docs.review.Reviewer;
import cn.jixiao.docs.validation.Deployment;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.validation.Validator;
import java.util.List;

/**
 * Validates or reviews an input of either kind; what the service, command line and batch share (rendering one is
 * {@code render.InputRendering}). Stateless.
 */
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
}
