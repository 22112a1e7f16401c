package cn.jixiao.docs.service;

import static cn.jixiao.docs.service.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;
import cn.jixiao.docs.validation.Validation;
import cn.jixiao.docs.workbook.UnreadableWorkbook;
import cn.jixiao.docs.workbook.WorkbookFiles;
import cn.jixiao.docs.workbook.WorkbookReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The service takes the staff workbook exactly as it takes JSON, and hands out the template and the example. */
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class WorkbookApiTest {

    static final String XLSX = JsonBody.XLSX;
    static TestService server;
    static byte[] example;

    @BeforeAll
    static void start() {
        server = TestService.start(TestService.config());
        example = WorkbookFiles.example();
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void theTemplateIsBlankAndTheExampleIsTheJuluPlan() throws UnreadableWorkbook {
        for (String prefix : List.of("/api", "/form")) {
            HttpResponse<byte[]> template = server.get(prefix + "/template.xlsx");
            assertEquals(200, template.statusCode());
            assertEquals(XLSX, TestService.contentType(template));
            assertTrue(template.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
            Validation blank = WorkbookReader.read(template.body()).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY);
            assertFalse(blank.valid(), "a blank template is not a plan yet");
            assertTrue(blank.errors().stream().anyMatch(p -> p.where().equals("『部门信息』表第 2 行 B 列（年度）")), blank.errors().toString());

            HttpResponse<byte[]> filled = server.get(prefix + "/example.xlsx");
            assertEquals(200, filled.statusCode());
            assertEquals(TestRendering.plan(Fixtures.JULU), WorkbookReader.read(filled.body()).validate(cn.jixiao.docs.validation.Deployment.CONTRACT_ONLY).plan());
        }
    }

    @Test
    void aWorkbookRendersToTheSameDocumentAsItsJson() {
        for (String format : List.of("pdf", "docx")) {
            HttpResponse<byte[]> fromWorkbook = server.post("/api/documents?format=" + format, XLSX, example);
            HttpResponse<byte[]> fromJson = server.postJson("/api/documents?format=" + format, Fixtures.read(Fixtures.JULU));
            assertEquals(200, fromWorkbook.statusCode(), TestService.text(fromWorkbook));
            assertArrayEquals(fromJson.body(), fromWorkbook.body(), format);
            assertEquals(fromJson.headers().firstValue("Content-Disposition"), fromWorkbook.headers().firstValue("Content-Disposition"));
        }
    }

    @Test
    void aWrongSumIsReportedAtItsCellWithItsContractPath() {
        byte[] wrong = WorkbookFiles.wrongSum();
        JsonNode v = TestService.json(server.post("/api/validate", XLSX, wrong));
        assertFalse(v.path("valid").asBoolean(), v.toString());
        JsonNode error = v.path("errors").get(0);
        assertEquals("/projects/0/budget/total", error.path("path").asText());
        assertEquals("『项目』表第 2 行 D 列（预算数（万元））", error.path("where").asText());
        assertTrue(error.path("message").asText().contains("预算数 20 不等于财政资金 13"), error.toString());

        JsonNode p = assertProblem(server.post("/form/documents", XLSX, wrong), 422, "invalid-plan");
        assertEquals("『项目』表第 2 行 D 列（预算数（万元））", p.path("errors").get(0).path("where").asText());
    }

    @Test
    void workbooksAreReadInParallelEachToItsOwnAnswer() throws Exception {
        byte[] wrong = WorkbookFiles.wrongSum();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                byte[] body = i % 2 == 0 ? example : wrong;
                answers.add(clients.submit(() -> TestService.json(server.post("/api/validate", XLSX, body))));
            }
            for (int i = 0; i < answers.size(); i++) {
                JsonNode v = answers.get(i).get();
                assertEquals(i % 2 == 0, v.path("valid").asBoolean(), v.toString());
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
