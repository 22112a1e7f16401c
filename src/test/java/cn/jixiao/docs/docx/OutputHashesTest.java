package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.page.LaidOutDocument;
import cn.jixiao.docs.pdf.PdfWriterFromLayout;
import cn.jixiao.docs.util.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every fixture's PDF and DOCX, and those of the sample and edge-case documents, have the bytes whose SHA-256 is in
 * src/test/resources/output-hashes.txt: a restructuring that means to change nothing proves it here. The hashes
 * were recorded from the code before issue 11's restructuring. After an intended change to the output, rewrite them
 * with {@code mvn test -Dtest=OutputHashesTest -Doutput.hashes=update} and say in the commit why they changed.
 */
class OutputHashesTest {

    private static final Path STORED = Path.of("src/test/resources/output-hashes.txt");

    @Test
    void everyDocumentHasTheBytesItHadBefore() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>(DocumentHashes.hashes());
        both(actual, "SampleDocument", SampleDocument.build());
        // No PDF of the edge cases: the template always gives the metadata, which the PDF's information needs.
        actual.put("EdgeCaseDocuments.everything.docx", Sha256.hex(DocxFile.render(EdgeCaseDocuments.everything()).bytes));
        actual.put("EdgeCaseDocuments.emptyToc.docx", Sha256.hex(DocxFile.render(EdgeCaseDocuments.emptyToc()).bytes));
        String text = actual.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "\n")
                .collect(Collectors.joining());
        if ("update".equals(System.getProperty("output.hashes"))) {
            Files.writeString(STORED, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(STORED, StandardCharsets.UTF_8), text);
    }

    private static void both(Map<String, String> out, String name, Document doc) throws IOException {
        LaidOutDocument layout = Paginator.layout(doc, TestRendering.FONTS);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfWriterFromLayout().write(layout, pdf);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxWriter().write(layout, docx);
        out.put(name + ".pdf", Sha256.hex(pdf.toByteArray()));
        out.put(name + ".docx", Sha256.hex(docx.toByteArray()));
    }
}
