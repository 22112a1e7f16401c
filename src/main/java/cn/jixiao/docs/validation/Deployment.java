package cn.jixiao.docs.validation;

import java.util.List;

/**
 * What validation must know of the deployment that will render a plan, so that checking a plan gives the answer
 * rendering it would: which template sets exist and which characters the configured fonts draw. Given to the
 * {@link Validator} explicitly (the renderer makes one from its templates and fonts); implementations are
 * thread-safe.
 */
public interface Deployment {

    /**
     * How the configured fonts draw one character of a plan's text, which templates set in the serif roles (宋体,
     * 仿宋, 楷体, 小标宋; the bundled template uses 黑体 only for its own headings).
     */
    enum Glyph {
        /** A serif face has it. */
        DRAWN,
        /** Only sans faces have it: the text borrows a 黑体 glyph. */
        SANS_ONLY,
        /** No face has it: it prints as a placeholder. */
        MISSING
    }

    boolean hasTemplate(String name);

    /** For the message naming what would have been allowed. */
    List<String> templateNames();

    Glyph glyph(int codePoint);

    /**
     * The contract alone, for callers that render nothing (the workbook writer, benchmarks): every template name
     * accepted, every character taken as drawn. What a clerk is told always comes from a real deployment.
     */
    Deployment CONTRACT_ONLY = new Deployment() {
        @Override
        public boolean hasTemplate(String name) { return true; }

        @Override
        public List<String> templateNames() { return List.of(); }

        @Override
        public Glyph glyph(int codePoint) { return Glyph.DRAWN; }
    };
}
