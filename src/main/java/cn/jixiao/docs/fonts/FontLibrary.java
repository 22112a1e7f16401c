package cn.jixiao.docs.fonts;

import cn.jixiao.docs.model.FontRole;
import cn.jixiao.docs.util.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts of one configuration, each file mapped once and its metrics read once, then shared by every render on
 * every thread. Only what layout needs is read here; outlines are located when a PDF first embeds a face, and the
 * fingerprint is made when something (the batch) first asks for it, from the SHA-256 the build recorded for each
 * bundled file.
 */
public final class FontLibrary implements FaceSource {

    private final FontConfig config;
    private final Map<String, Face> bySpec = new HashMap<>();
    private final Map<String, ByteBuffer> files = new LinkedHashMap<>();
    private final Map<FontRole, FontChain> regularChains = new EnumMap<>(FontRole.class);
    private final Map<FontRole, FontChain> boldChains = new EnumMap<>(FontRole.class);
    private volatile String fingerprint;
    private final Face latin;
    private final Face latinBold;

    public FontLibrary(FontConfig config) {
        this.config = config;
        files.putAll(FontFiles.map(specs(config)));
        files.forEach((spec, bytes) -> bySpec.put(spec, load(spec, bytes)));
        this.latin = bySpec.get(config.latin());
        this.latinBold = config.latinBold() == null ? latin.asSyntheticBold() : bySpec.get(config.latinBold());
        for (FontRole role : FontRole.values()) {
            regularChains.put(role, buildChain(role, false));
            boldChains.put(role, buildChain(role, true));
        }
    }

    public FontConfig config() { return config; }

    /** A hash of the configuration and the font bytes: part of what makes a stored output up to date. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            MessageDigest digest = Sha256.newDigest();
            files.forEach((spec, bytes) -> {
                digest.update(spec.getBytes(StandardCharsets.UTF_8));
                digest.update(fileSha256(spec, bytes).getBytes(StandardCharsets.US_ASCII));
            });
            f = Sha256.hex(digest);
            fingerprint = f;
        }
        return f;
    }

    /** Recorded by the build for a bundled font, else computed: the same hex either way. */
    static String fileSha256(String spec, ByteBuffer bytes) {
        String recorded = FontFiles.recordedSha256(spec);
        if (recorded != null) {
            return recorded;
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update(bytes.duplicate());
        return Sha256.hex(digest);
    }

    @Override
    public Face latin(boolean bold) { return bold ? latinBold : latin; }

    @Override
    public FontChain chain(FontRole role, boolean bold) {
        return (bold ? boldChains : regularChains).get(role);
    }

    private static Set<String> specs(FontConfig config) {
        Set<String> specs = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) {
            specs.add(config.regularOf(role));
            if (config.boldOf(role) != null) {
                specs.add(config.boldOf(role));
            }
        }
        specs.add(config.latin());
        if (config.latinBold() != null) {
            specs.add(config.latinBold());
        }
        specs.addAll(config.serifFallbacks());
        specs.addAll(config.sansFallbacks());
        return specs;
    }

    /**
     * The role's own face, then the other roles' faces and the fallbacks of its class (serif or sans), then those
     * of the other class. A bold chain starts with the bold face and emboldens everything after it, so a glyph
     * found in a fallback keeps the weight of the text around it.
     */
    private FontChain buildChain(FontRole role, boolean bold) {
        List<Face> faces = new ArrayList<>();
        addOnce(faces, bySpec.get(config.regularOf(role)));
        for (FontRole other : FontRole.values()) {
            if (other.sans == role.sans) {
                addOnce(faces, bySpec.get(config.regularOf(other)));
            }
        }
        (role.sans ? config.sansFallbacks() : config.serifFallbacks()).forEach(f -> addOnce(faces, bySpec.get(f)));
        int sameStyle = faces.size();
        for (FontRole other : FontRole.values()) {
            if (other.sans != role.sans) {
                addOnce(faces, bySpec.get(config.regularOf(other)));
            }
        }
        (role.sans ? config.serifFallbacks() : config.sansFallbacks()).forEach(f -> addOnce(faces, bySpec.get(f)));
        if (!bold) {
            return new FontChain(faces, sameStyle);
        }
        List<Face> emboldened = new ArrayList<>();
        String boldSpec = config.boldOf(role);
        if (boldSpec != null) {
            emboldened.add(bySpec.get(boldSpec));
            sameStyle++;
        }
        faces.forEach(f -> emboldened.add(f.asSyntheticBold()));
        return new FontChain(emboldened, sameStyle);
    }

    private static void addOnce(List<Face> out, Face f) {
        if (out.stream().noneMatch(x -> x.font() == f.font())) {
            out.add(f);
        }
    }

    private static Face load(String spec, ByteBuffer bytes) {
        String file = FontFiles.fileOf(spec);
        String name = file.substring(file.lastIndexOf('/') + 1);
        String index = spec.substring(file.length());
        try {
            return new Face(name + index, OpenTypeFont.read(bytes, FontFiles.faceOf(spec), name.replaceAll("\\W", "")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot load font " + spec + ": " + e.getMessage(), e);
        }
    }
}
