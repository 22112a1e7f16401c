package cn.jixiao.docs.workbook;

import java.nio.file.Path;
import java.util.Locale;

/** What an input file is, by its name: a staff workbook or contract JSON. */
public enum InputKind {
    JSON, WORKBOOK;

    /**
     * .xlsx is a workbook; so are .xls and .et, which are then refused with the advice to save as .xlsx rather than
     * as unparsable JSON. Anything else is JSON, as before workbooks existed.
     */
    public static InputKind of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".et") ? WORKBOOK : JSON;
    }
}
