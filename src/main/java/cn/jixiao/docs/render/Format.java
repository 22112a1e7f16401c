package cn.jixiao.docs.render;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The output formats, with what HTTP and file names need of each. */
public enum Format {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public final String extension;
    public final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Parses a list such as "docx,pdf"; throws IllegalArgumentException naming the unknown one. */
    public static Set<Format> parseList(String list) {
        Set<Format> out = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (Format f : values()) {
                if (f.extension.equals(p)) {
                    out.add(f);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(part.trim());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(list);
        }
        return out;
    }
}
