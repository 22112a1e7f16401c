package cn.jixiao.docs.model;

import java.util.Arrays;

/**
 * The typefaces of a Chinese government document (GB/T 9704-2012): 仿宋 for the body, 黑体 for 一、 headings, 楷体
 * for （一） headings, 小标宋 for titles, 宋体 for page numbers. A template names a role; the PDF draws it with a
 * configured font and the DOCX names the font a Word user has for it ({@link #wordName}).
 */
public enum FontRole {
    SONG("宋体", "宋体", false),
    FANG("仿宋", "仿宋_GB2312", false),
    HEI("黑体", "黑体", true),
    KAI("楷体", "楷体_GB2312", false),
    TITLE("小标宋", "方正小标宋简体", false);

    /**
     * Latin letters and digits are set in Times New Roman whatever the Chinese face, as government documents have
     * them; the PDF draws them with a face of the same metrics.
     */
    public static final String LATIN_WORD_NAME = "Times New Roman";

    /** The name templates and font configurations use. */
    public final String templateName;
    /** The font Word users have on their machines for this role. */
    public final String wordName;
    /** Whether the role is a sans (黑体) face; the others are serif, and a glyph never silently changes class. */
    public final boolean sans;

    FontRole(String templateName, String wordName, boolean sans) {
        this.templateName = templateName;
        this.wordName = wordName;
        this.sans = sans;
    }

    /** The role a template or configuration names, or null. */
    public static FontRole named(String name) {
        for (FontRole r : values()) {
            if (r.templateName.equals(name)) {
                return r;
            }
        }
        return null;
    }

    public static String names() {
        return String.join("、", Arrays.stream(values()).map(r -> r.templateName).toList());
    }
}
