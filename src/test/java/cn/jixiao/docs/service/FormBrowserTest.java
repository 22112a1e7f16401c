package cn.jixiao.docs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff form in a real headless Chromium, as a person uses it: choose a file, pick a format, press the button,
 * get the download under its Chinese name; or see the problems listed in Chinese with where they are.
 *
 * <p>Uses the system Chromium and chromedriver (Debian: {@code apt-get install chromium chromium-driver}), named
 * explicitly so Selenium Manager never runs (it would try to download a browser). Without them the test fails: the
 * form must be tested in CI, not silently skipped. Override the paths with -Dchromium.binary and
 * -Dchromedriver.binary. Screenshots go to target/screenshots/.
 */
// A guard against a hang (a lost response), not a speed check: nothing here should take minutes.
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class FormBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String PDF_NAME = "巨鹿县总工会2024年部门预算绩效文本.pdf";

    /**
     * Selenium warns that it has no DevTools client for this Chromium's version; this test uses none (the one
     * DevTools command goes through chromedriver), so the warning is noise. A field: JUL keeps loggers weakly.
     */
    static final java.util.logging.Logger SELENIUM_LOG = quiet("org.openqa.selenium");

    static TestService server;
    static ChromeDriver browser;
    static Path downloads;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is missing at " + CHROMIUM
                + ". The staff form's browser test needs it: apt-get install chromium chromium-driver");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is missing at " + CHROMEDRIVER
                + ". The staff form's browser test needs it: apt-get install chromium-driver");
        server = TestService.start(TestService.config());
        downloads = Files.createTempDirectory("form-downloads");
        profile = Files.createTempDirectory("chromium-profile");
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // DevTools over a pipe, not a localhost port: a container or chroot without /etc/hosts cannot resolve
        // localhost, and chromedriver then reports "unable to connect to renderer".
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--remote-debugging-pipe",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--user-data-dir=" + profile, "--window-size=1024,1400", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.default_content_setting_values.automatic_downloads", 1,
                "safebrowsing.enabled", false));
        // An explicit driver executable (and browser binary) is what keeps Selenium Manager from being invoked.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // The bundled faces, as LibreOffice gets them: a machine without Chinese fonts would screenshot boxes.
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("FONTCONFIG_FILE", cn.jixiao.docs.LibreOffice.fontsConf().toString())).build();
        browser = new ChromeDriver(driverService, options);
        // Headless Chromium saves downloads only where told to; a chromedriver command, not a DevTools client.
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        deleteTree(profile);
        deleteTree(downloads);
    }

    @BeforeEach
    void freshPage() {
        browser.manage().window().setSize(new Dimension(1024, 1400));
        browser.get(server.uri("/").toString());
        assertEquals("部门预算绩效文本生成", browser.getTitle());
    }

    @Test
    void uploadingTheFixtureDownloadsThePdfUnderItsChineseName() throws IOException {
        Path pdf = generateJuluPdf();
        byte[] head = Arrays.head(pdf, 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        assertTrue(browser.findElement(By.id("errors")).getAttribute("hidden") != null, "no errors shown");
        screenshot("form-pdf-downloaded.png");
    }

    @Test
    void anInvalidFileShowsEveryErrorInChineseWithWhereItIs() throws IOException {
        long before = countFiles(downloads);
        choose("fixtures/invalid/missing-required.json");
        browser.findElement(By.id("generate")).click();

        waitForText(By.id("status"), "发现 5 个错误，未生成文档");
        WebElement errors = browser.findElement(By.id("errors"));
        assertTrue(errors.isDisplayed());
        List<WebElement> items = errors.findElements(By.cssSelector("li"));
        assertEquals(5, items.size());
        String all = errors.getText();
        assertTrue(all.contains("第 1 个项目 › 预算 › 预算数"), all);
        assertTrue(all.contains("缺少必填项"), all);
        assertTrue(all.contains("年度"), all);
        assertFalse(all.contains("{") || all.contains("\"path\""), "a readable list, not raw JSON: " + all);
        assertFalse(browser.findElement(By.id("warnings")).isDisplayed());
        assertFalse(browser.findElement(By.id("review")).isDisplayed(), "an invalid plan is not reviewed");
        assertEquals(before, countFiles(downloads), "nothing downloaded");
        screenshot("form-errors.png");
    }

    @Test
    void theReviewIsShownByProjectBesideTheDownloadWithWhyAndHow() throws IOException {
        generateJuluPdf();
        WebElement review = browser.findElement(By.id("review"));
        assertTrue(review.isDisplayed());
        assertTrue(browser.findElement(By.id("review-summary")).getText().startsWith("审核得分 70 分：0 个错误、36 个警告、1 个提示"),
                browser.findElement(By.id("review-summary")).getText());
        List<WebElement> groups = review.findElements(By.cssSelector(".review-group"));
        assertEquals(6, groups.size(), "every project of 巨鹿县 has findings");
        assertEquals("第 1 个项目：公安局辅警工会费 得分 65", groups.get(0).findElement(By.tagName("h3")).getText());
        assertEquals(37, review.findElements(By.cssSelector("li.finding")).size());
        WebElement unit = groups.get(0).findElements(By.cssSelector("li.finding")).get(1);
        assertTrue(unit.getText().contains("指标值书写不规范"), unit.getText());
        assertTrue(unit.getText().contains("第 1 个项目 › 第 1 个指标 › 指标值"), unit.getText());
        assertTrue(unit.getText().contains("应写作「242人」"), unit.getText());
        unit.findElement(By.tagName("summary")).click();
        String why = unit.findElement(By.cssSelector("details .reason")).getText();
        String how = unit.findElement(By.cssSelector("details .suggestion")).getText();
        assertTrue(why.startsWith("原因：") && why.contains("242人数"), why);
        assertTrue(how.startsWith("建议：") && how.contains("≥95%"), how);
        screenshot("form-review.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "the review fits a phone too");
    }

    @Test
    void aPlanWrittenToTheGuidanceGetsACleanReview() {
        choose("fixtures/107-model-plan.json");
        browser.findElement(By.id("check")).click();
        waitForText(By.id("review-summary"), "审核得分 100 分：未发现问题。");
        assertTrue(browser.findElements(By.cssSelector("#review li")).isEmpty());
    }

    @Test
    void uploadingTheExampleWorkbookDownloadsThePdf() throws IOException {
        Path workbook = downloads.getParent().resolve("示例工作簿-" + System.nanoTime() + ".xlsx");
        Files.write(workbook, cn.jixiao.docs.workbook.WorkbookFiles.example());
        browser.findElement(By.id("file")).sendKeys(workbook.toString());
        browser.findElement(By.cssSelector("input[name=format][value=pdf]")).click();
        browser.findElement(By.id("generate")).click();

        waitForText(By.id("status"), "已生成并开始下载：" + PDF_NAME);
        assertEquals("%PDF-", new String(Arrays.head(awaitDownload(PDF_NAME), 5), StandardCharsets.US_ASCII));
        screenshot("form-workbook-pdf.png");
        Files.delete(workbook);
    }

    @Test
    void aWorkbookWithAWrongSumShowsTheSheetRowAndColumn() throws IOException {
        long before = countFiles(downloads);
        Path workbook = downloads.getParent().resolve("预算不平-" + System.nanoTime() + ".xlsx");
        Files.write(workbook, cn.jixiao.docs.workbook.WorkbookFiles.wrongSum());
        browser.findElement(By.id("file")).sendKeys(workbook.toString());
        browser.findElement(By.id("generate")).click();

        waitForText(By.id("status"), "发现 1 个错误，未生成文档");
        String errors = browser.findElement(By.id("errors")).getText();
        assertTrue(errors.contains("『项目』表第 2 行 D 列（预算数（万元））"), errors);
        assertTrue(errors.contains("预算数 20 不等于财政资金 13"), errors);
        assertTrue(errors.contains("/projects/0/budget/total"), "the contract path beside it: " + errors);
        assertEquals(before, countFiles(downloads), "nothing downloaded");
        assertTrue(browser.findElement(By.id("template-link")).getAttribute("href").endsWith("/form/template.xlsx"));
        screenshot("form-workbook-error.png");
        Files.delete(workbook);
    }

    @Test
    void pastedMalformedJsonIsLocatedByLineAndColumn() {
        browser.findElement(By.id("text")).sendKeys("{\n  \"year\": 2024\n  \"department\": {}\n}");
        browser.findElement(By.id("check")).click();
        waitForText(By.id("status"), "发现 1 个错误");
        String errors = browser.findElement(By.id("errors")).getText();
        assertTrue(errors.contains("第 3 行第 3 列"), errors);
        assertTrue(errors.contains("JSON 格式错误"), errors);
    }

    @Test
    void warningsAreShownButDoNotBlockTheZipDownload() throws IOException {
        choose("fixtures/invalid/warn-three-decimals.json");
        browser.findElement(By.cssSelector("input[name=format][value=zip]")).click();
        browser.findElement(By.id("generate")).click();

        waitForText(By.id("status"), "已生成并开始下载");
        String warnings = browser.findElement(By.id("warnings")).getText();
        assertEquals(2, browser.findElements(By.cssSelector("#warnings li")).size(), warnings);
        assertTrue(warnings.contains("超过两位小数"), warnings);
        assertFalse(browser.findElement(By.id("errors")).isDisplayed());
        String status = browser.findElement(By.id("status")).getText();
        String name = status.substring(status.indexOf('：') + 1).strip();
        assertTrue(name.endsWith(".zip") && name.contains("部门预算绩效文本"), status);
        assertEquals("PK", new String(Arrays.head(awaitDownload(name), 2), StandardCharsets.US_ASCII));
        screenshot("form-warnings.png");
    }

    /** The same warning /api/validate gives: the field, in words, and the character that prints as 〓. */
    @Test
    void aCharacterNoFontHasIsAWarningOnTheFormNamingItsField() throws IOException {
        Path plan = Path.of("target", "form-missing-glyph.json");
        Files.writeString(plan, Files.readString(cn.jixiao.docs.Fixtures.JULU).replace("\"name\": \"巨鹿县总工会\"", "\"name\": \"巨鹿县😀总工会\""));
        choose(plan.toString());
        browser.findElement(By.id("check")).click();
        waitForText(By.id("status"), "有 1 个警告");
        String warnings = browser.findElement(By.id("warnings")).getText();
        assertTrue(warnings.contains("😀") && warnings.contains("部门名称") && warnings.contains("〓"), warnings);
        screenshot("form-missing-glyph.png");
        Files.delete(plan);
    }

    @Test
    void whatTheServerEchoesIsShownAsTextNotMarkup() {
        browser.findElement(By.id("text")).sendKeys(
                "{\"year\":2024,\"department\":{\"code\":\"1\",\"name\":\"x\"},\"<img src=x onerror=window.pwned=1>\":1}");
        browser.findElement(By.id("check")).click();
        waitForText(By.id("status"), "发现");
        String errors = browser.findElement(By.id("errors")).getText();
        assertTrue(errors.contains("<img src=x onerror=window.pwned=1>"), errors);
        assertTrue(browser.findElements(By.cssSelector("#errors img")).isEmpty(), "no element made from the input");
        assertEquals(Boolean.TRUE, browser.executeScript("return typeof window.pwned === 'undefined'"));
    }

    @Test
    void theExampleAndSchemaLinksDownload() throws IOException {
        WebElement example = browser.findElement(By.id("example-link"));
        assertTrue(example.getText().contains("示例"));
        example.click();
        Path file = awaitDownload("示例-巨鹿县总工会2024年部门预算绩效.json");
        assertTrue(Files.readString(file).contains("巨鹿县总工会"));
        assertTrue(browser.findElement(By.id("schema-link")).getAttribute("href").endsWith("/form/plan.schema.json"));
    }

    @Test
    void fitsAPhoneScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at phone width");
        // The buttons are large enough to tap (44 CSS px, WCAG 2.5.5).
        assertTrue(browser.findElement(By.id("generate")).getSize().getHeight() >= 44);
        screenshot("form-phone.png");
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Chooses the 巨鹿县 fixture, PDF, presses the button and waits for the download. */
    private static Path generateJuluPdf() {
        choose("fixtures/001-julu-2024.json");
        browser.findElement(By.cssSelector("input[name=format][value=pdf]")).click();
        browser.findElement(By.id("generate")).click();
        waitForText(By.id("status"), "已生成并开始下载：" + PDF_NAME);
        return awaitDownload(PDF_NAME);
    }

    private static void choose(String fixture) {
        browser.findElement(By.id("file")).sendKeys(Path.of(fixture).toAbsolutePath().toString());
    }

    private static void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> "waiting for «" + text + "» in "
                + locator + "; status: " + browser.findElement(By.id("status")).getText())
                .until(d -> d.findElement(locator).getText().contains(text));
    }

    /** Waits until the file is complete: present, and no partial download (.crdownload) left beside it. */
    private static Path awaitDownload(String name) {
        Path target = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .withMessage(() -> name + " never arrived; downloads: " + list(downloads))
                .until(d -> Files.isRegularFile(target) && list(downloads).stream().noneMatch(f -> f.endsWith(".crdownload")));
        return target;
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countFiles(Path dir) { return list(dir).size(); }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp folder left behind is harmless.
        }
    }

    /** The first bytes of a file. */
    private static final class Arrays {
        static byte[] head(Path file, int n) throws IOException {
            try (var in = Files.newInputStream(file)) {
                return in.readNBytes(n);
            }
        }
    }
}
