package cn.jixiao.docs.template;

import cn.jixiao.docs.contract.Plan;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.util.Sha256;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Renders a plan through a template set into the document model. A template set is a folder
 * {@code <name>/document.ftlx} holding all wording and layout; the default sets ship in the jar, and
 * {@code --templates DIR} replaces them so a deployment can change wording without a rebuild.
 * FreeMarker's configuration is thread-safe once built and caches compiled templates.
 */
public final class TemplateEngine {

    public static final String DEFAULT_SET = "default";
    private static final String MAIN = "/document.ftlx";
    private static final Pattern SET_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Configuration config;
    private final Path directory;

    private TemplateEngine(TemplateLoader loader, Path directory) {
        this.directory = directory;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(XMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setLocale(Locale.SIMPLIFIED_CHINESE);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        // A template is data a deployment edits, not code: no object creation, no Java API access.
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        this.config = c;
    }

    /** The template sets bundled in the jar. */
    public static TemplateEngine bundled() {
        return new TemplateEngine(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates"), null);
    }

    /** Template sets read from a folder (one sub-folder per set), picked up without a rebuild. */
    public static TemplateEngine fromDirectory(Path dir) {
        try {
            return new TemplateEngine(new FileTemplateLoader(dir.toFile()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A description of where templates come from, part of what makes an output up to date in a batch. */
    public String source() { return directory == null ? "bundled" : directory.toAbsolutePath().toString(); }

    public Path directory() { return directory; }

    /**
     * A hash of every template file as it is now: a batch re-renders when wording changes. Computed on each call,
     * since a deployment may edit a template folder while the service runs.
     */
    public String fingerprint() {
        try {
            MessageDigest md = Sha256.newDigest();
            if (directory == null) {
                for (String name : List.of(DEFAULT_SET + MAIN)) {
                    try (InputStream in = TemplateEngine.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                        md.update(name.getBytes(StandardCharsets.UTF_8));
                        md.update(in == null ? new byte[0] : in.readAllBytes());
                    }
                }
            } else {
                try (var files = Files.walk(directory)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(directory.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            }
            return Sha256.hex(md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a template set of this name exists. */
    public boolean hasSet(String name) {
        if (name == null || !SET_NAME.matcher(name).matches()) {
            return false;
        }
        try {
            config.getTemplate(name + MAIN);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the template sets a folder holds (for messages); the bundled ones are listed by the caller. */
    public List<String> setNames() {
        if (directory == null) {
            return List.of(DEFAULT_SET);
        }
        try (var s = Files.list(directory)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("document.ftlx")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Renders the plan (already validated) into the model. Failures of the template itself are TemplateFailure. */
    public Document render(Plan plan) {
        return MarkupParser.parse(markup(plan));
    }

    /** What the template emits for a plan, before it is parsed. */
    String markup(Plan plan) {
        String set = plan.template() == null ? DEFAULT_SET : plan.template();
        try {
            Template t = config.getTemplate(set + MAIN);
            StringWriter out = new StringWriter(16_384);
            t.process(TemplateData.of(plan), out);
            return out.toString();
        } catch (TemplateException | IOException e) {
            throw new TemplateFailure(set, e.getMessage(), e);
        }
    }

    /** A template set that is missing or broken: a deployment problem, not a problem of the input. */
    public static final class TemplateFailure extends RuntimeException {
        public TemplateFailure(String set, String detail, Throwable cause) {
            super("template set '" + set + "' failed: " + detail, cause);
        }
    }
}
