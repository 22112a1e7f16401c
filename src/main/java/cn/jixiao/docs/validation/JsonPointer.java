package cn.jixiao.docs.validation;

/** A field name as one JSON Pointer step and back (RFC 6901: 「~」 is written ~0 and 「/」 ~1). */
final class JsonPointer {

    private JsonPointer() {}

    static String escape(String name) { return name.replace("~", "~0").replace("/", "~1"); }

    static String unescape(String step) { return step.replace("~1", "/").replace("~0", "~"); }
}
