package cn.jixiao.docs.fonts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Which font file draws each role the template names (宋体, 仿宋, 黑体, 楷体, 小标宋). A file is a TrueType
 * ({@code .ttf}), OpenType/CFF ({@code .otf}) or collection with a face index ({@code NotoSerifCJK-Regular.ttc,2});
 * {@code classpath:} names a bundled one. Written as a properties file:
 * <pre>
 * 宋体 = /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2
 * 宋体.bold = /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc,2
 * latin = /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
 * fallback = /usr/share/fonts/truetype/extra/SomeExtB.ttf
 * </pre>
 * A role not mentioned uses the default, the bundled Noto Sans SC, which needs no system font.
 */
public record FontConfig(Map<String, String> regular, Map<String, String> bold, List<String> fallbacks) {

    public static final String DEFAULT_REGULAR = "classpath:fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    public static final String DEFAULT_BOLD = "classpath:fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    public static final List<String> ROLES = List.of("宋体", "仿宋", "黑体", "楷体", "小标宋");
    /**
     * Latin letters and digits: Times New Roman in the DOCX, so a face with its metrics in the PDF (Liberation
     * Serif, bundled) makes numbers and codes take the same room in both formats, as GB/T 9704 typesetting has them.
     */
    public static final String LATIN = "latin";
    public static final String DEFAULT_LATIN = "classpath:com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Regular.ttf";
    public static final String DEFAULT_LATIN_BOLD = "classpath:com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Bold.ttf";

    public FontConfig {
        regular = Map.copyOf(regular);
        bold = Map.copyOf(bold);
        fallbacks = List.copyOf(fallbacks);
    }

    /** Every role drawn with the bundled Noto Sans SC. */
    public static FontConfig defaults() { return new FontConfig(Map.of(), Map.of(), List.of()); }

    public static FontConfig read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> regular = new LinkedHashMap<>();
        Map<String, String> bold = new LinkedHashMap<>();
        List<String> fallbacks = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.equals("fallback")) {
                for (String f : value.split(";")) {
                    if (!f.isBlank()) {
                        fallbacks.add(resolve(base, f.trim()));
                    }
                }
            } else if (key.endsWith(".bold")) {
                bold.put(role(key.substring(0, key.length() - 5), file), resolve(base, value));
            } else {
                regular.put(role(key, file), resolve(base, value));
            }
        }
        return new FontConfig(regular, bold, fallbacks);
    }

    public String regularOf(String role) {
        return regular.getOrDefault(role, role.equals(LATIN) ? DEFAULT_LATIN : DEFAULT_REGULAR);
    }

    /** The bold file of a role; null means bold is synthesised from the regular face. */
    public String boldOf(String role) {
        if (bold.containsKey(role)) {
            return bold.get(role);
        }
        if (regular.containsKey(role)) {
            return null;
        }
        return role.equals(LATIN) ? DEFAULT_LATIN_BOLD : DEFAULT_BOLD;
    }

    private static String role(String key, Path file) {
        if (!ROLES.contains(key) && !key.equals(LATIN)) {
            throw new IllegalArgumentException(file + ": unknown font role '" + key + "', expected one of " + ROLES);
        }
        return key;
    }

    private static String resolve(Path base, String spec) {
        if (spec.startsWith("classpath:") || Path.of(spec.split(",")[0]).isAbsolute() || base == null) {
            return spec;
        }
        return base.resolve(spec).toString();
    }
}
