package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.workbook.HostileFiles;
import cn.jixiao.docs.workbook.UnreadableWorkbook;
import cn.jixiao.docs.workbook.WorkbookReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Files sent as workbooks that are none we can read each get a clear Chinese 4xx at once: never a hang, never an
 * out-of-memory error, never a 500. "At once" is bounded generously (the machine is shared); a reader that inflated
 * or parsed everything would take far longer, or not come back.
 */
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class WorkbookHostileFilesTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long QUICKLY_MS = 5_000;
    static TestService server;

    @BeforeAll
    static void start() { server = TestService.start(TestService.config()); }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void eachHostileFileGetsItsOwnMessageAsA400() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("不是有效的 Excel 工作簿", HostileFiles.truncated());
        files.put("设有打开密码", HostileFiles.encrypted());
        files.put("旧版 Excel（.xls）或 WPS 表格（.et）", HostileFiles.xls());
        files.put("解压后超过 48 MB", HostileFiles.zipBomb(100));
        files.put("『绩效指标』表超过 20000 行", HostileFiles.rows(100_000));
        // Formulas without results read as problems, one a cell: they count as cells, or they would pile up unbounded.
        files.put("单元格超过 400000 个", HostileFiles.formulas(60_000));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = server.post("/api/documents", XLSX, f.getValue());
            long ms = (System.nanoTime() - t) / 1_000_000;
            JsonNode p = assertProblem(r, 400, "unreadable-workbook");
            assertTrue(p.path("detail").asText().contains(f.getKey()), p.toString());
            assertTrue(ms < QUICKLY_MS, f.getKey() + " took " + ms + " ms");
            // Checking only: the request succeeded, the file is what failed, as for unparsable JSON.
            JsonNode v = TestService.json(server.post("/api/validate", XLSX, f.getValue()));
            assertFalse(v.path("valid").asBoolean());
            assertTrue(v.path("errors").get(0).path("message").asText().contains(f.getKey()), v.toString());
        }
    }

    @Test
    void aMillionRowsIsRefusedQuickly() {
        // Empty formatted rows pack small enough to pass the body limit: refused by what they unpack to.
        byte[] empty = HostileFiles.rows(1_000_000, false);
        long t0 = System.nanoTime();
        JsonNode p = assertProblem(server.post("/api/documents", XLSX, empty), 400, "unreadable-workbook");
        assertTrue((System.nanoTime() - t0) / 1_000_000 < QUICKLY_MS);
        assertTrue(p.path("detail").asText().contains("解压后超过"), p.toString());
        // Filled rows are over the body limit already; a file given to the command line or the batch is refused
        // by the same unpacked-size check.
        byte[] million = HostileFiles.rows(1_000_000);
        assertProblem(server.post("/api/documents", XLSX, million), 413, "body-too-large");
        long t = System.nanoTime();
        UnreadableWorkbook e = assertThrows(UnreadableWorkbook.class, () -> WorkbookReader.read(million));
        assertTrue((System.nanoTime() - t) / 1_000_000 < QUICKLY_MS);
        assertTrue(e.problem().message().contains("解压后超过"), e.problem().message());
    }

    @Test
    void aJsonBodySentAsAWorkbookIsNotAWorkbook() {
        HttpResponse<byte[]> r = server.post("/api/documents", XLSX, "{\"year\": 2024}".getBytes());
        assertEquals(400, r.statusCode());
        assertProblem(r, 400, "unreadable-workbook");
    }
}
