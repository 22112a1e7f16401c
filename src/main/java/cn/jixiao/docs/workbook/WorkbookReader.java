package cn.jixiao.docs.workbook;

import cn.jixiao.docs.contract.Plan;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * Reads a staff workbook (.xlsx) into the contract JSON, the same tree other systems send, so that every contract
 * rule applies to it unchanged; and remembers the cell behind each value so that each problem names where the clerk
 * typed it. Stateless and thread-safe: each read has its own package, parser and context.
 */
public final class WorkbookReader {

    private static final List<String> DATA_SHEETS = List.of(WorkbookFormat.DEPARTMENT, WorkbookFormat.OVERVIEW,
            WorkbookFormat.PROJECTS, WorkbookFormat.INDICATORS);

    private WorkbookReader() {}

    public static WorkbookRead read(byte[] xlsx) throws UnreadableWorkbook {
        FileCheck.requireZip(xlsx);
        BoundedZip zip = BoundedZip.inflate(xlsx);
        Map<String, List<SheetRow>> sheets = sheets(zip);
        ReadContext cx = new ReadContext();
        for (String sheet : DATA_SHEETS) {
            if (!sheets.containsKey(sheet)) {
                cx.structuralError(new Place.Sheet(WorkbookFormat.sheetName(sheet)), "workbook.error.missingSheet",
                        WorkbookFormat.sheetName(sheet));
            }
        }
        DepartmentRows.read(sheets.getOrDefault(WorkbookFormat.DEPARTMENT, List.of()), cx);
        OverviewRows.read(sheets.getOrDefault(WorkbookFormat.OVERVIEW, List.of()), cx);
        var projects = ProjectRows.read(sheets.getOrDefault(WorkbookFormat.PROJECTS, List.of()), cx);
        IndicatorRows.read(sheets.getOrDefault(WorkbookFormat.INDICATORS, List.of()), projects, cx);
        return new WorkbookRead(inContractOrder(cx.root), cx.places.build(), cx.problems, cx.structural);
    }

    /** The top fields in the order of the contract (year first), however the sheets were read. */
    private static ObjectNode inContractOrder(ObjectNode read) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (RecordComponent c : Plan.class.getRecordComponents()) {
            if (read.has(c.getName())) {
                ordered.set(c.getName(), read.get(c.getName()));
            }
        }
        return ordered;
    }

    /**
     * The rows of each of our data sheets, by sheet key; other sheets (填写说明, the clerk's own) are not parsed. A
     * data sheet missing under its own name is the one sheet whose name holds that name and no other's (『项目表』,
     * 『2024绩效指标』): clerks rename tabs so.
     */
    private static Map<String, List<SheetRow>> sheets(BoundedZip zip) throws UnreadableWorkbook {
        Map<String, String> keyByName = new HashMap<>();
        for (String sheet : DATA_SHEETS) {
            keyByName.put(WorkbookFormat.sheetName(sheet), sheet);
        }
        Map<String, List<SheetRow>> out = new HashMap<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(zip);
            XSSFReader reader = new XSSFReader(pkg);
            // Without a styles part POI passes numbers on raw (1.3E-5, 0.30000000000000004); default styles make
            // them go through CellValues like any other number.
            StylesTable styles = reader.getStylesTable();
            if (styles == null) {
                styles = new StylesTable();
            }
            Map<String, String> keyOfSheet = chosen(reader, keyByName);
            SheetReader sheetReader = new SheetReader(new SharedText(new ReadOnlySharedStringsTable(pkg, false)), styles);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream xml = it.next()) {
                    String key = keyOfSheet.get(it.getSheetName());
                    if (key != null && !out.containsKey(key)) {
                        out.put(key, sheetReader.read(it.getSheetName(), xml));
                    }
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw new UnreadableWorkbook("workbook.error.notWorkbook");
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened read-only from memory: nothing to save, nothing left open
            }
        }
        return out;
    }

    /**
     * Which tab is which data sheet, by the tabs' names alone, so that no other tab is parsed: the one named so,
     * else the one tab whose name holds that name and no other data sheet's.
     */
    private static Map<String, String> chosen(XSSFReader reader, Map<String, String> keyByName)
            throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            names.add(it.getSheetName());
        }
        Map<String, String> keyOfSheet = new HashMap<>();
        Map<String, List<String>> renamed = new HashMap<>();
        for (String name : names) {
            String key = keyByName.get(name.strip());
            if (key != null) {
                keyOfSheet.put(name, key);
                continue;
            }
            List<String> held = keyByName.keySet().stream().filter(name.strip()::contains).toList();
            if (held.size() == 1) {
                renamed.computeIfAbsent(keyByName.get(held.get(0)), k -> new ArrayList<>()).add(name);
            }
        }
        renamed.forEach((key, tabs) -> {
            if (tabs.size() == 1 && !keyOfSheet.containsValue(key)) {
                keyOfSheet.put(tabs.get(0), key);
            }
        });
        return keyOfSheet;
    }
}
