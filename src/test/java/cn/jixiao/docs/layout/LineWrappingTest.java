package cn.jixiao.docs.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.model.Document;
import cn.jixiao.docs.model.FontRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where lines break: words in titles, whole Latin runs, units with their numbers, balanced centred titles. */
class LineWrappingTest {

    private static Document.Style style(Document.Wrap wrap, Document.Align align) {
        return new Document.Style("s", FontRole.FANG, 16, false, align, 0, 28, 0, 0, 0, false, wrap);
    }

    private static List<String> lines(String text, Document.Style style, float width) {
        LineBreaker breaker = new LineBreaker(TestRendering.FONTS, new GlyphReport());
        Document.Paragraph p = new Document.Paragraph("s", List.of(new Document.Text(text, false)), null, 0);
        List<String> out = new ArrayList<>();
        for (Line line : breaker.lines(p, style, width)) {
            StringBuilder sb = new StringBuilder();
            line.runs().forEach(r -> sb.append(r.text()));
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void aTitleWrapsBetweenWordsNeverInsideOne() {
        String title = "2.冀财行2023年98号提前下达2024年困难职工及劳模帮扶救助专项资金绩效目标表";
        Document.Style words = style(Document.Wrap.WORDS, Document.Align.LEFT);
        for (float width = 160; width <= 440; width += 16) {
            List<String> lines = lines(title, words, width);
            assertEquals(title, String.join("", lines), "nothing lost at " + width);
            for (int i = 1; i < lines.size(); i++) {
                String joint = lines.get(i - 1).substring(lines.get(i - 1).length() - 1) + lines.get(i).charAt(0);
                for (String word : List.of("帮扶", "劳模", "救助", "专项", "资金", "绩效", "目标", "提前", "下达", "2023年", "98号")) {
                    for (int cut = 1; cut < word.length(); cut++) {
                        assertFalse(lines.get(i - 1).endsWith(word.substring(0, cut)) && lines.get(i).startsWith(word.substring(cut)),
                                "「" + word + "」 cut at width " + width + ": " + lines + " (" + joint + ")");
                    }
                }
            }
        }
    }

    @Test
    void aCentredTitleIsBalancedRatherThanAFullLineAndAStub() {
        List<String> lines = lines("1.2025年省级困难职工及劳模帮扶救助专项资金绩效目标表",
                style(Document.Wrap.WORDS, Document.Align.CENTER), 400);
        assertEquals(2, lines.size(), lines.toString());
        // Greedy filling would leave 「目标表」 alone on the second line; balanced, it holds at least 60 % of the first.
        assertTrue(ems(lines.get(1)) >= 0.6 * ems(lines.get(0)), "even lines: " + lines);
    }

    @Test
    void aDecimalPointStaysInsideItsNumber() {
        // 「2856.48万元」 is about 88 pt wide at 16 pt: from there on a line holds the number, whatever the sign does.
        for (float width = 90; width <= 140; width += 2) {
            for (Document.Wrap wrap : Document.Wrap.values()) {
                List<String> lines = lines("≤2856.48万元", style(wrap, Document.Align.LEFT), width);
                assertTrue(lines.stream().anyMatch(l -> l.contains("2856.48")), wrap + " at " + width + ": " + lines);
            }
        }
    }

    @Test
    void evenedLinesKeepWholeTheNumbersTheFullWidthKeptWhole() {
        Document.Style centred = style(Document.Wrap.WORDS, Document.Align.CENTER);
        Document.Style left = style(Document.Wrap.WORDS, Document.Align.LEFT);
        Map<String, List<String>> numbers = Map.of(
                "≤2856.48万元", List.of("2856.48"),
                "≤40.19万元／公里≤3个工作日", List.of("40.19"),
                "9.中小学校舍维修改造工程依据GB 50099-2011和GB/T 19001-2016执行绩效目标表",
                List.of("50099-2011", "19001-2016"));
        int checked = 0;
        for (var e : numbers.entrySet()) {
            for (float width = 60; width <= 440; width += 4) {
                List<String> full = lines(e.getKey(), left, width);
                List<String> even = lines(e.getKey(), centred, width);
                assertEquals(full.size(), even.size(), "as many lines at " + width + ": " + even);
                if (full.size() > 1 && whole(full, e.getValue()) > 0) {
                    checked++;
                    assertTrue(whole(even, e.getValue()) >= whole(full, e.getValue()),
                            "a number cut to even the lines at " + width + ": " + even + ", not " + full);
                }
            }
        }
        assertTrue(checked > 50, "widths where the full lines keep a number whole: " + checked);
    }

    private static long whole(List<String> lines, List<String> numbers) {
        return numbers.stream().filter(n -> lines.stream().anyMatch(l -> l.contains(n))).count();
    }

    /** Width in ems of the body face: Chinese characters one em, ASCII half. */
    private static double ems(String s) {
        return s.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum();
    }

    @Test
    void aLatinRunBreaksOnlyAfterItsHyphenAsLibreOfficeDoes() {
        Document.Style chars = style(Document.Wrap.CHARACTERS, Document.Align.LEFT);
        String text = "依据《规划（2019-2023）》GB 50099-2011执行";
        boolean brokeAtHyphen = false;
        for (float width = 60; width <= 300; width += 2) {
            List<String> lines = lines(text, chars, width);
            for (String run : List.of("2019-2023", "50099-2011")) {
                for (int cut = 1; cut < run.length(); cut++) {
                    boolean cutHere = cutBetween(lines, run.substring(0, cut), run.substring(cut));
                    assertFalse(cutHere && run.charAt(cut - 1) != '-',
                            "「" + run + "」 cut inside at width " + width + ": " + lines);
                    // From 140 pt on, 「（2019-2023）》GB」 would fit on a line of its own.
                    brokeAtHyphen |= cutHere && width >= 140;
                }
            }
        }
        // LibreOffice (and Word) break after a hyphen wherever a line is full there, not only when the run is
        // wider than the line: so must the PDF, or the two formats wrap a cell differently.
        assertTrue(brokeAtHyphen, "no width that fits a whole run broke it after its hyphen");
        assertEquals(List.of("50099-", "2011"), lines("50099-2011", chars, 50));
    }

    @Test
    void aValueKeepsItsNumberWithItsUnit() {
        Document.Style value = style(Document.Wrap.WORDS, Document.Align.CENTER);
        // 「5118人次」 is 67 pt wide at 16 pt (with the space between digits and 人): from there on, a line never
        // separates the unit from its number.
        for (float width = 68; width <= 120; width += 2) {
            for (String line : lines("≥5118人次", value, width)) {
                assertFalse(line.endsWith("5118") || line.endsWith("人"), "unit cut from its number at " + width + ": " + line);
            }
        }
    }

    @Test
    void aClosingMarkKeepsTheLetterOrDigitAfterItAsLibreOfficeDoes() {
        Document.Style body = style(Document.Wrap.CHARACTERS, Document.Align.JUSTIFY);
        // 23 characters and a mark take 384 of 390 pt at 16 pt; what follows starts the next line, unless it is a
        // letter or digit after 。，、）”》 (or an opening mark after a digit), which LibreOffice will not separate.
        String fill = "全力推动县委县政府重大决策部署落实着重服务好项";
        for (String mark : List.of("。", "，", "、", "）", "”", "》")) {
            for (String after : List.of("2.完善", "A级完善", "12月完成")) {
                List<String> lines = lines(fill + mark + after + "工会参与社会管理机制", body, 390);
                assertEquals(fill.substring(0, 22), lines.get(0), "「" + mark + after + "」 kept together: " + lines);
                assertTrue(lines.get(1).startsWith(fill.substring(22) + mark + after), lines.toString());
            }
        }
        for (String mark : List.of("；", "：", "！", "？")) {
            List<String> lines = lines(fill + mark + "2.完善工会参与社会管理机制", body, 390);
            assertEquals(fill + mark, lines.get(0), "a break after 「" + mark + "」: " + lines);
        }
        List<String> opening = lines(fill + "2（一）完善工会参与社会管理机制", body, 390);
        assertTrue(opening.get(1).startsWith("2（一）"), "a digit kept with the opening mark after it: " + opening);
    }

    @Test
    void aClosingMarkAfterALetterOrDigitKeepsTheSignAfterItAsLibreOfficeDoes() {
        Document.Style body = style(Document.Wrap.CHARACTERS, Document.Align.JUSTIFY);
        String fill = "全力推动县委县政府重大决策部署落实着重服务好";
        boolean chineseBroke = false;
        for (float width = 300; width <= 420; width += 2) {
            for (String closed : List.of("（2011）", "（GB）", "2011。")) {
                List<String> lines = lines(fill + closed + "≥95执行各项工作任务", body, width);
                assertFalse(cutBetween(lines, closed, "≥"), "「" + closed + "≥」 separated at " + width + ": " + lines);
            }
            // After a Chinese character the mark holds only letters and digits: 「（甲）｜≥95」 may break.
            chineseBroke |= cutBetween(lines(fill + "（甲）≥95执行各项工作任务", body, width), "（甲）", "≥95");
        }
        assertTrue(chineseBroke, "「（甲）｜≥95」 never broke");
    }

    /**
     * Invisible characters take no room and leave the breaks to the characters around them: a paragraph with soft
     * hyphens, variation selectors and direction marks between its characters breaks into the same lines as
     * without them, and draws none of them.
     */
    @Test
    void invisibleCharactersChangeNoLine() {
        // No letter or digit next to a Chinese character: across an invisible character LibreOffice leaves out the
        // space it puts between the two (「2016\u00ad质量」), and so does the layout.
        String plain = "全力推动县委县政府重大决策部署落实，着重服务好（GB/T 19001-2016）质量管理（试行）的目标≥95%。";
        StringBuilder marked = new StringBuilder();
        plain.codePoints().forEach(cp -> marked.appendCodePoint(cp).append("\u00ad\ufe0f\u200e"));
        Document.Style body = style(Document.Wrap.CHARACTERS, Document.Align.JUSTIFY);
        for (float width = 120; width <= 440; width += 8) {
            assertEquals(lines(plain, body, width), lines(marked.toString(), body, width), "at " + width);
        }
    }

    /**
     * A zero-width space lets a line break where nothing else would (inside a Latin run), but not before 「，」, as
     * LibreOffice has it; a word joiner holds two characters together.
     */
    @Test
    void aZeroWidthSpaceAllowsABreakAndAWordJoinerForbidsOne() {
        Document.Style body = style(Document.Wrap.CHARACTERS, Document.Align.LEFT);
        assertEquals(List.of("ABCDEFGHIJ", "KLMNOPQRST"), lines("ABCDEFGHIJ\u200bKLMNOPQRST", body, 150));
        String chinese = "一二三四五六七八九十";
        for (float width = 40; width <= 160; width += 4) {
            List<String> spaced = lines(chinese.replace("", "\u200b").replace("八\u200b九", "八\u200b，九"), body, width);
            assertFalse(spaced.stream().anyMatch(l -> l.startsWith("，")),
                    "「，」 starts a line at " + width + ": " + spaced);
            assertFalse(cutBetween(lines(chinese.replace("五六", "五\u2060六"), body, width), "五", "六"),
                    "「五\u2060六」 cut at " + width);
        }
    }

    /**
     * Where the layout breaks a title or a value at a space, the DOCX's explicit break comes without the space: the
     * layout lets it hang past the edge, and LibreOffice, which sets a space before a break on the line, wrapped the
     * break onto an empty line of its own when the space did not fit (a cell one line taller than in the PDF).
     */
    @Test
    void anExplicitBreakDropsTheSpaceTheLineEndedWith() {
        String text = "≥138所依据GB 50099-2011和GB/T 19001-2016执行";
        Document.Style words = style(Document.Wrap.WORDS, Document.Align.CENTER);
        LineBreaker breaker = new LineBreaker(TestRendering.FONTS, new GlyphReport());
        Document.Paragraph p = new Document.Paragraph("s", List.of(new Document.Text(text, false)), null, 0);
        int brokenAtTheSpace = 0;
        for (float width = 80; width <= 400; width += 4) {
            MeasuredParagraph measured = breaker.measure(p, words);
            Document.Paragraph laid = LaidOutText.apply(p, measured, measured.lines(width));
            StringBuilder all = new StringBuilder();
            List<Document.Inline> inlines = laid.inlines();
            for (int i = 0; i < inlines.size(); i++) {
                if (inlines.get(i) instanceof Document.Text t) {
                    all.append(t.text());
                    boolean beforeABreak = i + 1 < inlines.size() && inlines.get(i + 1) instanceof Document.LineBreak;
                    assertFalse(beforeABreak && t.text().endsWith(" "),
                            "a space before the break at " + width + ": " + inlines);
                }
            }
            if (!all.toString().equals(text)) {
                assertEquals(text.replace(" ", ""), all.toString().replace(" ", ""), "only spaces go, at " + width);
                brokenAtTheSpace++;
            }
        }
        assertTrue(brokenAtTheSpace > 0, "no width broke the value at its space");
    }

    /** Whether some line ends with {@code before} and the next begins with {@code after}. */
    private static boolean cutBetween(List<String> lines, String before, String after) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).endsWith(before) && lines.get(i + 1).startsWith(after)) {
                return true;
            }
        }
        return false;
    }
}
