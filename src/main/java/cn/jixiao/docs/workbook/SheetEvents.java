package cn.jixiao.docs.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes a sheet's XML on to POI's handler, noting on the way what that handler does not report: the type of the
 * cell being read (an error value, #N/A, must not read as text), whether it is a formula the file holds no result
 * for (a workbook a program wrote and no spreadsheet calculated: POI reads it as blank), and the merged ranges
 * (clerks merge a project's 项目编码 down its indicator rows; every row of the merge means that code).
 */
final class SheetEvents implements ContentHandler {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Merged ranges per sheet: more than any clerk makes by hand. */
    private static final int MAX_MERGES = 10_000;

    /** Of a formula, as much as a message quotes. */
    private static final int SHOWN_FORMULA = 40;

    /** Told of each cell that has a formula and no result: POI says nothing of one without a value element. */
    interface FormulaWithoutResult {
        /**
         * {@code reference} may be null (the writer left it out); {@code reported}: POI reported the cell already,
         * as blank, since it had an empty value element.
         */
        void formulaWithoutResult(String reference, String formula, boolean reported);
    }

    private final ContentHandler poi;
    private final FormulaWithoutResult listener;
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private boolean errorCell;
    private String reference;
    private final StringBuilder formula = new StringBuilder();
    private boolean inFormula;
    private boolean sawFormula;
    private boolean inValue;
    private boolean valueElement;
    private boolean sawValue;

    SheetEvents(ContentHandler poi, FormulaWithoutResult listener) {
        this.poi = poi;
        this.listener = listener;
    }

    boolean inErrorCell() { return errorCell; }

    List<CellRangeAddress> merges() { return merges; }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (MAIN.equals(uri) && "c".equals(localName)) {
            errorCell = "e".equals(atts.getValue("t"));
            reference = atts.getValue("r");
            formula.setLength(0);
            sawFormula = false;
            valueElement = false;
            sawValue = false;
        } else if (MAIN.equals(uri) && "f".equals(localName)) {
            inFormula = true;
            sawFormula = true;
        } else if (MAIN.equals(uri) && "v".equals(localName)) {
            inValue = true;
            valueElement = true;
        } else if (MAIN.equals(uri) && "mergeCell".equals(localName) && merges.size() < MAX_MERGES) {
            try {
                merges.add(CellRangeAddress.valueOf(atts.getValue("ref")));
            } catch (RuntimeException e) {
                // A merge we cannot make sense of merges nothing: its cells read as they are.
            }
        }
        poi.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (MAIN.equals(uri) && "f".equals(localName)) {
            inFormula = false;
        } else if (MAIN.equals(uri) && "v".equals(localName)) {
            inValue = false;
        }
        poi.endElement(uri, localName, qName);
        if (MAIN.equals(uri) && "c".equals(localName) && sawFormula && !sawValue) {
            listener.formulaWithoutResult(reference, formula.toString(), valueElement);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inFormula) {
            formula.append(ch, start, Math.min(length, Math.max(0, SHOWN_FORMULA - formula.length())));
        } else if (inValue && length > 0) {
            sawValue = true;
        }
        poi.characters(ch, start, length);
    }

    @Override
    public void setDocumentLocator(Locator locator) { poi.setDocumentLocator(locator); }

    @Override
    public void startDocument() throws SAXException { poi.startDocument(); }

    @Override
    public void endDocument() throws SAXException { poi.endDocument(); }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException { poi.startPrefixMapping(prefix, uri); }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException { poi.endPrefixMapping(prefix); }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        poi.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        poi.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException { poi.skippedEntity(name); }
}
