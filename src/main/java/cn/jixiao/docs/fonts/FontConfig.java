package cn.jixiao.docs.fonts;

import cn.jixiao.docs.model.FontRole;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Which font file draws each {@link FontRole}. A file is a TrueType ({@code .ttf}), OpenType/CFF ({@code .otf}) or
 * collection with a face index ({@code NotoSerifCJK-Regular.ttc,2}); {@code classpath:} names a bundled one.
 * Written as a properties file; a role not mentioned keeps its bundled face:
 * <pre>
 * 宋体 = /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2
 * 宋体.bold = /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc,2
 * latin = /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
 * fallback = /usr/share/fonts/truetype/hanazono/HanaMinA.ttf;/usr/share/fonts/truetype/hanazono/HanaMinB.ttf
 * fallback.sans = /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2
 * </pre>
 * {@code fallback} lists serif faces and {@code fallback.sans} sans faces for characters the role faces lack; the
 * bundled fallbacks follow them. A role with a regular file but no bold one draws bold by stroking the outline.
 *
 * @param regular  each role's face
 * @param bold     each role's bold face, where it has one
 * @param latin    Latin letters and digits, regular and bold
 * @param serifFallbacks faces tried, in order, for a character no serif role face has
 * @param sansFallbacks  the same for sans roles
 */
public record FontConfig(Map<FontRole, String> regular, Map<FontRole, String> bold, String latin, String latinBold,
                         List<String> serifFallbacks, List<String> sansFallbacks) {

    private static final String FANDOL = "classpath:fonts/fandol/";
    /**
     * The bundled faces need no system font: the Fandol set (GPLv3 with the font exception, so documents embedding
     * it are unaffected) in the conventional style of each role; 小标宋 has no free face, and Fandol's bold Song is
     * the closest in colour.
     */
    private static final Map<FontRole, String> BUNDLED_REGULAR = Map.of(
            FontRole.SONG, FANDOL + "FandolSong-Regular.otf",
            FontRole.FANG, FANDOL + "FandolFang-Regular.otf",
            FontRole.HEI, FANDOL + "FandolHei-Regular.otf",
            FontRole.KAI, FANDOL + "FandolKai-Regular.otf",
            FontRole.TITLE, FANDOL + "FandolSong-Bold.otf");
    private static final Map<FontRole, String> BUNDLED_BOLD = Map.of(
            FontRole.SONG, FANDOL + "FandolSong-Bold.otf",
            FontRole.HEI, FANDOL + "FandolHei-Bold.otf");
    /** Times New Roman metrics (the Latin font the DOCX names), so codes and amounts take the same room in both. */
    static final String BUNDLED_LATIN = "classpath:com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Regular.ttf";
    static final String BUNDLED_LATIN_BOLD = "classpath:com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Bold.ttf";
    /** Noto Serif CJK SC cut down to what Fandol lacks (see fonts/noto-serif-sc/prepare.py): 24,000 characters. */
    static final String BUNDLED_SERIF_FALLBACK = "classpath:fonts/noto-serif-sc/NotoSerifSC-Fallback.otf";
    static final String BUNDLED_SANS_FALLBACK = "classpath:fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private static final String LATIN = "latin";
    private static final String FALLBACK = "fallback";
    private static final String SANS_FALLBACK = "fallback.sans";
    private static final String BOLD_SUFFIX = ".bold";

    public FontConfig {
        regular = Map.copyOf(regular);
        bold = Map.copyOf(bold);
        serifFallbacks = List.copyOf(serifFallbacks);
        sansFallbacks = List.copyOf(sansFallbacks);
    }

    /** Every role in its bundled face. */
    public static FontConfig defaults() {
        return new FontConfig(BUNDLED_REGULAR, BUNDLED_BOLD, BUNDLED_LATIN, BUNDLED_LATIN_BOLD,
                List.of(BUNDLED_SERIF_FALLBACK), List.of(BUNDLED_SANS_FALLBACK));
    }

    public static FontConfig read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Path base = file.toAbsolutePath().getParent();
        Map<FontRole, String> regular = new EnumMap<>(BUNDLED_REGULAR);
        Map<FontRole, String> bold = new EnumMap<>(BUNDLED_BOLD);
        String latin = BUNDLED_LATIN;
        String latinBold = BUNDLED_LATIN_BOLD;
        boolean latinBoldGiven = false;
        List<String> serif = new ArrayList<>();
        List<String> sans = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String value = resolve(base, p.getProperty(key).trim());
            switch (key) {
                case FALLBACK -> serif.addAll(list(base, p.getProperty(key)));
                case SANS_FALLBACK -> sans.addAll(list(base, p.getProperty(key)));
                case LATIN -> latin = value;
                case LATIN + BOLD_SUFFIX -> {
                    latinBold = value;
                    latinBoldGiven = true;
                }
                default -> {
                    boolean isBold = key.endsWith(BOLD_SUFFIX);
                    FontRole role = role(isBold ? key.substring(0, key.length() - BOLD_SUFFIX.length()) : key, file);
                    if (isBold) {
                        bold.put(role, value);
                    } else {
                        regular.put(role, value);
                        // A new regular face without a bold of its own is emboldened, not paired with another face.
                        if (!p.containsKey(key + BOLD_SUFFIX)) {
                            bold.remove(role);
                        }
                    }
                }
            }
        }
        if (p.containsKey(LATIN) && !latinBoldGiven) {
            latinBold = null;
        }
        serif.add(BUNDLED_SERIF_FALLBACK);
        sans.add(BUNDLED_SANS_FALLBACK);
        return new FontConfig(regular, bold, latin, latinBold, serif, sans);
    }

    public String regularOf(FontRole role) { return regular.get(role); }

    /** The bold file of a role; null means bold is synthesised from the regular face. */
    public String boldOf(FontRole role) { return bold.get(role); }

    private static FontRole role(String key, Path file) {
        FontRole role = FontRole.named(key);
        if (role == null) {
            throw new IllegalArgumentException(file + ": unknown font role '" + key + "', expected one of "
                    + FontRole.names() + ", " + LATIN + ", " + FALLBACK + " or " + SANS_FALLBACK);
        }
        return role;
    }

    private static List<String> list(Path base, String value) {
        List<String> out = new ArrayList<>();
        for (String f : value.split(";")) {
            if (!f.isBlank()) {
                out.add(resolve(base, f.trim()));
            }
        }
        return out;
    }

    private static String resolve(Path base, String spec) {
        if (spec.startsWith("classpath:") || Path.of(spec.split(",")[0]).isAbsolute() || base == null) {
            return spec;
        }
        return base.resolve(spec).toString();
    }
}
