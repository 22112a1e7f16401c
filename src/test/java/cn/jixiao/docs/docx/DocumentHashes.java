package cn.jixiao.docs.docx;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.util.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of the PDF and the DOCX of every fixture and of SampleDocument's DOCX, one "name hash" line each;
 * run in a fresh JVM, one for all the fixtures.
 */
final class DocumentHashes {

    private DocumentHashes() {}

    public static void main(String[] args) throws IOException {
        hashes().forEach((name, hash) -> System.out.println(name + " " + hash));
    }

    static Map<String, String> hashes() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path fixture : Fixtures.valid()) {
            Rendered r = TestRendering.RENDERER.render(Fixtures.read(fixture), EnumSet.allOf(Format.class));
            for (Format f : Format.values()) {
                out.put(fixture.getFileName() + "." + f.extension, Sha256.hex(r.documents().get(f)));
            }
        }
        out.put("SampleDocument.docx", Sha256.hex(DocxFile.render(SampleDocument.build()).bytes));
        return out;
    }
}
