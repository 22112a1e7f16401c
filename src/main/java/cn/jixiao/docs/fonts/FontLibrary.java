package cn.jixiao.docs.fonts;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts of one configuration, each file read once as bytes and parsed once, then shared by every render on
 * every thread (parsing a CJK font per document costs more than the whole layout).
 */
public final class FontLibrary {

    private final FontConfig config;
    private final Map<String, Face> bySpec = new HashMap<>();
    private final Map<String, List<Face>> chains = new HashMap<>();
    private final String fingerprint;
    private final Face latin;
    private final Face latinBold;

    public FontLibrary(FontConfig config) {
        this.config = config;
        MessageDigest digest = sha256();
        Set<String> specs = new LinkedHashSet<>();
        for (String role : FontConfig.ROLES) {
            specs.add(config.regularOf(role));
            if (config.boldOf(role) != null) {
                specs.add(config.boldOf(role));
            }
        }
        specs.add(config.regularOf(FontConfig.LATIN));
        if (config.boldOf(FontConfig.LATIN) != null) {
            specs.add(config.boldOf(FontConfig.LATIN));
        }
        specs.addAll(config.fallbacks());
        specs.add(FontConfig.DEFAULT_REGULAR);
        for (String spec : specs) {
            byte[] bytes = read(spec);
            digest.update(spec.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            bySpec.put(spec, load(spec, bytes));
        }
        this.fingerprint = java.util.HexFormat.of().formatHex(digest.digest());
        String latinBold = config.boldOf(FontConfig.LATIN);
        this.latin = bySpec.get(config.regularOf(FontConfig.LATIN));
        this.latinBold = latinBold == null ? latin.asSyntheticBold() : bySpec.get(latinBold);
        for (String role : FontConfig.ROLES) {
            chains.put(role, buildChain(role, false));
            chains.put(role + ".bold", buildChain(role, true));
        }
    }

    public FontConfig config() { return config; }

    /** A hash of the configuration and the font bytes: part of what makes a stored output up to date. */
    public String fingerprint() { return fingerprint; }

    /** The face for Latin letters and digits (the DOCX's Times New Roman). */
    public Face latin(boolean bold) { return bold ? latinBold : latin; }

    /**
     * The faces to try, in order, for a role: its own face, then every other configured face, then the bundled
     * default. A glyph the first face lacks is drawn from the first that has it.
     */
    public List<Face> chain(String role, boolean bold) {
        List<Face> c = chains.get(bold ? role + ".bold" : role);
        if (c == null) {
            throw new IllegalArgumentException("unknown font role '" + role + "', expected one of " + FontConfig.ROLES);
        }
        return c;
    }

    private List<Face> buildChain(String role, boolean bold) {
        List<Face> out = new ArrayList<>();
        if (bold) {
            String boldSpec = config.boldOf(role);
            out.add(boldSpec == null ? bySpec.get(config.regularOf(role)).asSyntheticBold() : bySpec.get(boldSpec));
        }
        out.add(bySpec.get(config.regularOf(role)));
        for (String other : FontConfig.ROLES) {
            addOnce(out, bySpec.get(config.regularOf(other)));
        }
        for (String f : config.fallbacks()) {
            addOnce(out, bySpec.get(f));
        }
        addOnce(out, bySpec.get(FontConfig.DEFAULT_REGULAR));
        return List.copyOf(out);
    }

    private static void addOnce(List<Face> out, Face f) {
        if (out.stream().noneMatch(x -> x.font() == f.font())) {
            out.add(f);
        }
    }

    private static Face load(String spec, byte[] bytes) {
        String file = fileOf(spec);
        String name = file.substring(file.lastIndexOf('/') + 1);
        String index = spec.substring(file.length());
        try {
            BaseFont font = BaseFont.createFont(name + index, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            // OpenPDF names each subset with a random prefix; a fixed one per font keeps output byte-identical,
            // and every document embeds at most one subset of each font, so prefixes never clash.
            font.setSecureRandom(new FixedRandom(name + index));
            // A CJK subset keeps full-size glyph index tables, so deflating it dominates a render: the fastest
            // level takes a third of the default's time for a few percent more bytes.
            font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            return new Face(name + index, font);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot load font " + spec + ": " + e.getMessage(), e);
        }
    }

    /** A spec is a file or classpath resource, optionally followed by ",N": the face index in a collection. */
    private static String fileOf(String spec) {
        int comma = spec.lastIndexOf(',');
        return comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit) ? spec.substring(0, comma) : spec;
    }

    private static byte[] read(String spec) {
        String file = fileOf(spec);
        if (file.startsWith("classpath:")) {
            String resource = file.substring("classpath:".length());
            try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("font resource not found: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read font file " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A "random" source that always gives the same subset prefix for one font. */
    private static final class FixedRandom extends SecureRandom {
        private final double value;

        FixedRandom(String seed) { this.value = Math.floorMod(seed.hashCode(), 1000) / 1000.0; }

        @Override
        public double nextDouble() { return value; }
    }
}
