package cn.jixiao.docs.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit checksum of bytes, as 16 hex digits: CRC-32C and CRC-32 side by side. The batch computes one for every
 * plan it reads and every document it writes, to notice later whether they changed. SHA-256 did that job before,
 * but the batch runs on the quick compiler alone (C1), which has no SHA intrinsic: hashing each plan's documents
 * was a sixth of the batch's time, and both CRCs are intrinsics there too (about 400 times faster). The two
 * generator polynomials share no factor, so a change passes both only if it is a multiple of their product, as
 * with one 64-bit CRC: a chance of 2^-64 for a random change, where the check only has to notice edits, not resist
 * an attacker (the manifest sits beside the documents it describes).
 */
public final class Checksum {

    private Checksum() {}

    public static String of(byte[] bytes) {
        CRC32C c = new CRC32C();
        CRC32 d = new CRC32();
        c.update(bytes);
        d.update(bytes);
        return hex(c.getValue(), d.getValue());
    }

    /** Streams the file, so checking a large document does not need it in memory. */
    public static String ofFile(Path file) throws IOException {
        CRC32C c = new CRC32C();
        CRC32 d = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                c.update(buffer, 0, n);
                d.update(buffer, 0, n);
            }
        }
        return hex(c.getValue(), d.getValue());
    }

    private static String hex(long crc32c, long crc32) {
        return String.format("%08x%08x", crc32c, crc32);
    }
}
