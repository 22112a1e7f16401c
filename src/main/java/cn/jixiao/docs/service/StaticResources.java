package cn.jixiao.docs.service;

import cn.jixiao.docs.problem.Messages;
import cn.jixiao.docs.validation.Validator;
import cn.jixiao.docs.workbook.WorkbookWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The files the service hands out as they are: the staff form (HTML, CSS, JS), the OpenAPI description, the JSON
 * Schema, the example input, and the staff workbook's template and example. Read from the classpath once at start, so a missing one fails the start, not a
 * request, and serving them costs no I/O.
 */
final class StaticResources {

    /** One file: its bytes, its Content-Type, and a download name when browsers should save rather than show it. */
    record Asset(byte[] bytes, String contentType, String downloadName) {}

    /**
     * The form's policy: only its own script and style run, nothing may frame it, nothing leaves the origin. Its
     * downloads are blob: URLs made by its own script, which this does not restrict.
     */
    private static final String FORM_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    final Asset form = load("/web/index.html", "text/html;charset=utf-8", null);
    final Asset css = load("/web/form.css", "text/css;charset=utf-8", null);
    final Asset js = load("/web/form.js", "text/javascript;charset=utf-8", null);
    final Asset openapi = load("/web/openapi.json", "application/json", null);
    final Asset schema = load("/schema/plan.schema.json", "application/schema+json", null);
    final Asset schemaDownload = load("/schema/plan.schema.json", "application/schema+json",
            Messages.get().get("service.download.schema"));
    final Asset example = load("/examples/001-julu-2024.json", "application/json",
            Messages.get().get("service.download.example"));
    /** The staff workbooks are made on first request: building them costs POI's start-up, which most starts skip. */
    final Generated template = new Generated(WorkbookWriter::blank, Messages.get().get("service.download.template"));
    final Generated exampleWorkbook = new Generated(() -> WorkbookWriter.write(Validator.validate(example.bytes()).plan()),
            Messages.get().get("service.download.exampleWorkbook"));

    /** A download made once, on first request, then served like the files. Thread-safe. */
    static final class Generated {
        private final Supplier<byte[]> make;
        private final String downloadName;
        private volatile Asset asset;

        Generated(Supplier<byte[]> make, String downloadName) {
            this.make = make;
            this.downloadName = downloadName;
        }

        Asset get() {
            Asset a = asset;
            if (a == null) {
                synchronized (this) {
                    if (asset == null) {
                        asset = new Asset(make.get(), JsonBody.XLSX, downloadName);
                    }
                    a = asset;
                }
            }
            return a;
        }
    }

    void serve(Context ctx, Asset asset) {
        ctx.contentType(asset.contentType());
        // Small files that change only with a new release: revalidating each time is cheap and never stale.
        ctx.header("Cache-Control", "no-cache");
        if (asset == form) {
            ctx.header("Content-Security-Policy", FORM_POLICY);
            ctx.header("Referrer-Policy", "no-referrer");
        }
        if (asset.downloadName() != null) {
            ctx.header("Content-Disposition", ContentDisposition.attachment(asset.downloadName()));
        }
        ctx.result(asset.bytes());
    }

    private static Asset load(String resource, String contentType, String downloadName) {
        try (InputStream in = StaticResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is the jar complete?)");
            }
            return new Asset(in.readAllBytes(), contentType, downloadName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
