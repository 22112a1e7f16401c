package cn.jixiao.docs.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, which every stage uses to tell whether something changed (fonts, templates, inputs, outputs, the PDF's
 * file id) or to compare tokens in constant time; hex is lower case, the form the batch manifest stores.
 */
public final class Sha256 {

    private Sha256() {}

    /** A digest to feed piece by piece. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static byte[] digest(byte[] bytes) { return newDigest().digest(bytes); }

    public static String hex(byte[] bytes) { return HexFormat.of().formatHex(digest(bytes)); }

    /** The hash of what {@code digest} was fed, as hex. */
    public static String hex(MessageDigest digest) { return HexFormat.of().formatHex(digest.digest()); }

    /** Streams the file, so checking a large output does not need it in memory. */
    public static String hexOfFile(Path file) throws IOException {
        MessageDigest md = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return hex(md);
    }
}
