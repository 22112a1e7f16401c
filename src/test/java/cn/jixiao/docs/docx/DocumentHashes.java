package cn.jixiao.docs.docx;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.render.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The SHA-256 of the DOCX and the PDF of every fixture and of SampleDocument's DOCX, one "name hash" line each;
 * run in a fresh JVM.
 */
final class DocumentHashes {

    private DocumentHashes() {}

    public static void main(String[] args) throws IOException {
        hashes().forEach((name, hash) -> System.out.println(name + " " + hash));
    }

    static Map<String, String> hashes() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path fixture : Fixtures.valid()) {
            Map<Format, byte[]> documents = TestRendering.RENDERER
                    .render(Fixtures.read(fixture), Set.of(Format.DOCX, Format.PDF)).documents();
            for (Format f : Format.values()) {
                out.put(fixture.getFileName() + "." + f.extension, sha256(documents.get(f)));
            }
        }
        out.put("SampleDocument", sha256(DocxFile.render(SampleDocument.build()).bytes));
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
