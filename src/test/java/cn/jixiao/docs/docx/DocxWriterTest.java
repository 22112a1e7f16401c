package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.layout.Paginator;
import cn.jixiao.docs.model.Document.Section;
import cn.jixiao.docs.model.Document.Text;
import cn.jixiao.docs.model.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class DocxWriterTest {

    private static final String DOC = "word/document.xml";
    private static DocxFile docx;

    @BeforeAll
    static void render() throws IOException {
        docx = DocxFile.render(SampleDocument.build());
    }

    private static byte[] bytes(DocxWriter writer, Document doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(Paginator.layout(doc, TestRendering.FONTS), out);
        return out.toByteArray();
    }

    @Test
    void everyInputTextAppearsInTheDocument() {
        String all = docx.text(docx.dom(DOC));
        for (String text : SampleDocument.allTexts(SampleDocument.build())) {
            assertTrue(all.contains(text), "missing: " + text);
        }
        assertTrue(all.contains(SampleDocument.TRICKY_TEXT));
        assertTrue(all.contains("𠀀"), "non-BMP character survives");
    }

    @Test
    void markupCharactersAreEscapedInTheXml() {
        String xml = docx.xml(DOC);
        assertTrue(xml.contains("特殊字符&lt;&amp;&gt;"), "escaped < & >");
        assertFalse(xml.contains("特殊字符<&>"));
        assertTrue(xml.contains("与扩展汉字𠀀"), "non-BMP character written as UTF-8");
    }

    @Test
    void inlinesBecomeRunsBreaksAndTabs() {
        // Bold run
        Element bold = docx.nodes(DOC, "//w:r[w:rPr/w:b]").get(0);
        assertEquals("主要职能：", docx.text(bold));
        // LineBreak in the cover title
        Element title = docx.nodes(DOC, "/w:document/w:body/w:p[1]").get(0);
        assertEquals("XX县财政局\n2025年部门预算绩效文本", docx.text(title));
        // RightTab: a w:tab run and a right tab stop at the text width on that paragraph
        Element tabbed = (Element) docx.nodes(DOC, "//w:t[.='单位：万元']").get(0).getParentNode().getParentNode();
        assertEquals("编制单位：XX县财政局\t单位：万元", docx.text(tabbed));
        assertEquals("right", docx.string(tabbed, "w:pPr/w:tabs/w:tab/@w:val"));
        assertEquals(String.valueOf(DocxUnits.twips(SampleDocument.build().page().textWidth())),
                docx.string(tabbed, "w:pPr/w:tabs/w:tab/@w:pos"));
        // All text preserves its spaces
        for (Element t : docx.nodes(DOC, "//w:t")) {
            assertEquals("preserve", t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
        }
    }

    @Test
    void controlCharactersAreDroppedAndNewlinesBecomeBreaks() throws IOException {
        Document base = SampleDocument.build();
        Document doc = new Document(base.meta(), base.page(), base.styles(), List.of(new Section(true, List.of(
                new Document.Paragraph("正文", List.of(new Text("甲\u0001乙\r\n丙\t丁\uD800", false)), null, 0)))));
        DocxFile d = DocxFile.render(doc);
        assertEquals("甲乙\n丙\t丁", d.text(d.nodes(DOC, "//w:body/w:p[1]").get(0)));
    }

    @Test
    void controlCharactersInPropertiesCannotBreakCoreXml() throws IOException {
        Document base = SampleDocument.build();
        Document.Meta m = base.meta();
        Document doc = new Document(new Document.Meta("标题\u0007", m.author(), m.subject(), "a\u0000b", m.language(),
                m.created()), base.page(), base.styles(), base.sections());
        DocxFile d = DocxFile.render(doc);
        assertEquals("标题", d.string("docProps/core.xml", "//dc:title"));
        assertEquals("ab", d.string("docProps/core.xml", "//cp:keywords"));
    }

    @Test
    void documentPropertiesComeFromMeta() {
        String core = "docProps/core.xml";
        assertEquals("XX县财政局2025年部门预算绩效文本", docx.string(core, "//dc:title"));
        assertEquals("XX县财政局", docx.string(core, "//dc:creator"));
        assertEquals("XX县财政局", docx.string(core, "//cp:lastModifiedBy"));
        assertEquals("部门预算绩效", docx.string(core, "//dc:subject"));
        assertEquals("绩效目标,预算", docx.string(core, "//cp:keywords"));
        assertEquals("zh-CN", docx.string(core, "//dc:language"));
        assertEquals("2025-03-01T02:30:00Z", docx.string(core, "//dcterms:created"));
        assertEquals("2025-03-01T02:30:00Z", docx.string(core, "//dcterms:modified"));
        assertEquals("dcterms:W3CDTF", docx.nodes(core, "//dcterms:created").get(0)
                .getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
        assertEquals("jixiao-docs", docx.string("docProps/app.xml", "//ep:Application"));
    }

    @Test
    void packageIsCompleteAndInAFixedOrder() {
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml"), new ArrayList<>(docx.entries.keySet()));
        String types = "[Content_Types].xml";
        for (String part : docx.entries.keySet()) {
            if (!part.endsWith(".rels") && !part.equals(types)) {
                assertEquals(1, docx.nodes(types, "//ct:Override[@PartName='/" + part + "']").size(), part);
            }
        }
    }

    @Test
    void docx4jCanOpenTheFileAndReadItsText() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx.bytes));
        String text = TextUtils.getText(pkg.getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("一、部门基本情况"), text);
        assertEquals("heading 1", pkg.getMainDocumentPart().getStyleDefinitionsPart()
                .getStyleById("Heading1").getName().getVal());
        assertEquals(5, pkg.getDocumentModel().getSections().size());
    }

    @Test
    void sameDocumentGivesByteIdenticalFiles() throws IOException {
        byte[] first = bytes(new DocxWriter(), SampleDocument.build());
        byte[] second = bytes(new DocxWriter(), SampleDocument.build());
        assertArrayEquals(first, second);
        assertArrayEquals(docx.bytes, second);
    }

    @Test
    void parallelRendersWithOneWriterAgree() throws Exception {
        DocxWriter writer = new DocxWriter();
        Document doc = SampleDocument.build();
        byte[] expected = bytes(writer, doc);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> bytes(writer, doc)));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void zipEntriesCarryTheCreationTimeInChinaStandardTime() {
        for (ZipEntry e : docx.zipEntries.values()) {
            assertEquals(LocalDateTime.of(2025, 3, 1, 10, 30), e.getTimeLocal(), e.getName());
            assertEquals(null, e.getExtra(), e.getName());
        }
    }

    /**
     * The zip is written by hand: read through its central directory (as Word does), every part is there, in
     * order, deflated, with the bytes and CRC-32 its local entry has.
     */
    @Test
    void theCentralDirectoryAgreesWithTheEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.docx");
        Files.write(file, docx.bytes);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertEquals(List.copyOf(docx.entries.keySet()), names);
            for (ZipEntry e : zip.stream().toList()) {
                assertEquals(ZipEntry.DEFLATED, e.getMethod(), e.getName());
                byte[] read = zip.getInputStream(e).readAllBytes(); // the CRC is checked at the end of the stream
                assertArrayEquals(docx.entries.get(e.getName()), read, e.getName());
                CRC32 crc = new CRC32();
                crc.update(read);
                assertEquals(crc.getValue(), e.getCrc(), e.getName());
                assertEquals(read.length, e.getSize(), e.getName());
            }
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new DocxWriter().write(Paginator.layout(SampleDocument.build(), TestRendering.FONTS), out);
        assertFalse(closed[0]);
        assertArrayEquals(docx.bytes, out.toByteArray());
    }
}
