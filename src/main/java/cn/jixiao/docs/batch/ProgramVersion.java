package cn.jixiao.docs.batch;

/**
 * The program version the manifest records: a new release may lay documents out differently, so it re-renders
 * everything once. Read from the jar manifest (Implementation-Version); tests and IDE runs have none.
 */
public final class ProgramVersion {

    public static final String FALLBACK = "dev";

    private ProgramVersion() {}

    public static String current() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK : v;
    }
}
