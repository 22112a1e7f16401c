package cn.jixiao.docs.util;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, which the stages use to tell whether something changed where it is computed once (fonts, templates) or
 * must not collide (the PDF's file id, the batch's shard of a path), and to compare tokens in constant time; hex is
 * lower case. What the batch computes for every plan and document is a {@link Checksum}.
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
}
