package cn.jixiao.docs.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.LibreOffice;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.util.InvisibleCharacters;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 巨鹿县's plan with one thing a clerk may well write put in, in both formats: each page of the PDF has the text that
 * LibreOffice's conversion of the DOCX puts on it. Each edit is one that generated plans showed the two formats
 * setting differently (line breaks after hyphens and before signs are checked line by line in LineWrappingTest).
 */
class EditedPlansAgreeTest {

    @TempDir
    static Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TALL = "本指标用于衡量项目实施后职工服务保障水平的实际提升程度，统计口径以县总工会年度核查数据为准。".repeat(18);

    private static final Map<String, Consumer<ObjectNode>> EDITS = new LinkedHashMap<>();

    static {
        // A row broken across pages inside the rows its 产出指标 and 数量指标 labels span.
        EDITS.put("tall-row-in-a-merge", plan -> {
            ArrayNode indicators = indicators(plan);
            ObjectNode tall = indicators.get(0).deepCopy();
            tall.put("description", TALL);
            indicators.insert(1, tall);
        });
        // A workbook cell with Alt+Enter.
        EDITS.put("newline-in-a-cell", plan -> {
            ObjectNode first = (ObjectNode) indicators(plan).get(0);
            first.put("basis", "ABC\nDEF");
        });
    }

    /**
     * Text copied from a web page that puts a zero-width space between its characters (some do, against copying),
     * with a byte order mark and a soft hyphen on the way.
     */
    static {
        EDITS.put("pasted-zero-width-spaces", plan -> {
            ArrayNode goals = (ArrayNode) plan.get("overview").get("overallGoal");
            goals.set(0, "\ufeff" + goals.get(0).asText().replace("", "\u200b").replace("工会法", "工会\u00ad法"));
            for (var sub : plan.get("overview").get("subGoals")) {
                ((ObjectNode) sub).put("goal", sub.get("goal").asText().replace("", "\u200b"));
            }
        });
    }

    /**
     * Marks a line may or may not start with, each just past the end of a full line of 第一部分: after a Chinese
     * character or a full-width digit LibreOffice lets 「％℃‰…—」 start one (and splits 「……」) but not 「～」; after
     * a Latin digit it lets 「～」 start one, and not 「％」. It breaks 「25℃｜±2℃」 but not 「25°C±2°C」. Greek letters
     * are Western text to it: spaced from Chinese (「单位 μm」) and kept with a 「、」 before them.
     */
    static {
        EDITS.put("marks-at-line-starts", plan -> {
            String full = "一二三四五六七八九十".repeat(3).substring(0, 24);
            ArrayNode goals = ((ObjectNode) plan.get("overview")).putArray("overallGoal");
            for (String before : List.of("乙", "５")) {
                for (String mark : List.of("％", "%", "℃", "‰", "…", "—", "～")) {
                    goals.add(full + before + mark + mark + "金额一二三四五六七八九十");
                }
            }
            goals.add(full + "9％金额一二三四五六七八九十");
            goals.add(full + "9～10人一二三四五六七八九十");
            for (String tolerance : List.of("25℃±2℃", "50%±5%", "25°C±2°C")) {
                goals.add(full.substring(1) + tolerance + "金额一二三四五六七八九十");
            }
            goals.add(full.substring(1) + "乙……金额一二三四五六七八九十");
            goals.add("组合字符：Café（é）、naïve、Ångström；希腊字母α、β、γ，单位μm、m²、m³，温度25℃±2℃，比例3‰。");
        });
    }

    /**
     * Superscripts and fractions beside Chinese: LibreOffice takes 「²」 and 「½」 as Latin text, draws them in the
     * Latin face and spaces them from the Chinese beside them (「12345.6m² 以上」) as it spaces a letter. In the
     * first paragraph that space decides whether 「以」 still fits the first line: it fits by 1.8 pt without the
     * space and misses by 1.4 pt with it, clear of LibreOffice's rounding of glyph widths.
     */
    static {
        EDITS.put("superscripts-beside-chinese", plan -> {
            String full = "一二三四五六七八九十".repeat(2);
            ArrayNode goals = ((ObjectNode) plan.get("overview")).putArray("overallGoal");
            goals.add(full + "12345.6m²以上金额一二三四五六七八九十");
            goals.add(full + "½个月一二三四五六七八九十");
            goals.add("比例½个月，面积100m³以上，厚度3µm级。");
            goals.add("编号1º号，²测试½测。");
        });
    }

    /**
     * A paragraph that starts with 「①」, as clerks number items. Such a character takes the script of the locale
     * in LibreOffice, and a Chinese clerk's LibreOffice sets it as Chinese, as the layout does; an en-US one would
     * space it from the 「一」 after it and cut 「1-｜5」, which fits the line by 1.7 pt without that space.
     */
    static {
        EDITS.put("circled-number-at-a-paragraph-start", plan -> {
            String full = "一二三四五六七八九十".repeat(3).substring(0, 23);
            ArrayNode goals = ((ObjectNode) plan.get("overview")).putArray("overallGoal");
            goals.add("①" + full + "1-5年一二三四五六七八九十");
            goals.add("⑫户项目总成本，⑴加强管理，Ⅱ级。");
        });
    }

    private static ArrayNode indicators(ObjectNode plan) {
        return (ArrayNode) plan.get("projects").get(0).get("indicators");
    }

    private record Case(Path pdf, Path libreOffice) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void renderAndConvert() throws IOException {
        List<Path> docx = new ArrayList<>();
        for (Map.Entry<String, Consumer<ObjectNode>> edit : EDITS.entrySet()) {
            ObjectNode plan = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.JULU));
            edit.getValue().accept(plan);
            Rendered r = TestRendering.RENDERER.render(JSON.writeValueAsBytes(plan), Set.of(Format.DOCX, Format.PDF));
            Path d = tmp.resolve(edit.getKey() + ".docx");
            Path pdf = tmp.resolve(edit.getKey() + ".pdf");
            Files.write(d, r.documents().get(Format.DOCX));
            Files.write(pdf, r.documents().get(Format.PDF));
            docx.add(d);
            CASES.put(edit.getKey(), new Case(pdf, tmp.resolve("lo").resolve(edit.getKey() + ".pdf")));
        }
        LibreOffice.toPdf(docx, tmp.resolve("lo"));
    }

    @Test
    void everyPageHasTheSameTextInBothFormats() {
        for (Map.Entry<String, Case> c : CASES.entrySet()) {
            List<String> ours = pages(c.getValue().pdf());
            List<String> theirs = pages(c.getValue().libreOffice());
            assertEquals(ours.size(), theirs.size(), c.getKey() + ": pages");
            for (int p = 0; p < ours.size(); p++) {
                assertEquals(ours.get(p), theirs.get(p), c.getKey() + ": the text of page " + (p + 1));
            }
        }
    }

    /** 第一部分's prose breaks into the same lines in both formats, line by line. */
    @Test
    void proseBreaksIntoTheSameLinesInBothFormats() {
        for (String edit : List.of("pasted-zero-width-spaces", "marks-at-line-starts", "superscripts-beside-chinese",
                "circled-number-at-a-paragraph-start")) {
            Case c = CASES.get(edit);
            List<List<String>> ours = partOneLines(c.pdf());
            assertEquals(partOneLines(c.libreOffice()), ours, edit);
            assertTrue(ours.size() >= 2 && ours.get(0).size() > 10, edit + ": 第一部分 found: " + ours);
        }
    }

    /** The lines of each page from 第一部分 up to 第二部分, without white space and invisible characters. */
    private static List<List<String>> partOneLines(Path pdf) {
        List<List<String>> out = new ArrayList<>();
        boolean in = false;
        for (String page : TestRendering.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").split("\f")) {
            in = (in || page.contains("第一部分")) && !page.contains("第二部分");
            if (in) {
                out.add(page.lines().map(l -> InvisibleCharacters.removedFrom(TestRendering.squash(l)))
                        .filter(l -> !l.isEmpty()).toList());
            }
        }
        return out;
    }

    /** The cell's newline starts a new line in both formats: the two halves stand on different lines. */
    @Test
    void aNewlineInACellBreaksTheLineInBothFormats() {
        Case c = CASES.get("newline-in-a-cell");
        for (Path pdf : List.of(c.pdf(), c.libreOffice())) {
            String boxes = TestRendering.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-");
            assertNotEquals(top(boxes, "ABC"), top(boxes, "DEF"), pdf.getFileName() + ": one line");
        }
    }

    /** The top of the first word that contains {@code text}. */
    private static double top(String bboxHtml, String text) {
        Matcher m = Pattern.compile("<word xMin=\"[^\"]*\" yMin=\"([^\"]*)\"[^>]*>([^<]*)</word>").matcher(bboxHtml);
        while (m.find()) {
            if (m.group(2).contains(text)) {
                return Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no word with " + text);
    }

    /**
     * Each page's characters in order, without white space and the 目录's dot leaders (whose count differs by
     * a face's rounding). In reading order pdftotext may interleave table columns differently, so the characters
     * are compared sorted.
     */
    private static List<String> pages(Path pdf) {
        List<String> out = new ArrayList<>();
        String[] pages = TestRendering.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").split("\f");
        for (int i = 0; i < pages.length - 1; i++) {
            int[] cps = InvisibleCharacters.removedFrom(TestRendering.squash(pages[i])).replace(".", "").codePoints()
                    .sorted().toArray();
            out.add(new String(cps, 0, cps.length));
        }
        return out;
    }
}
