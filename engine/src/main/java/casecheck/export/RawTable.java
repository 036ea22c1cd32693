package casecheck.export;

import java.util.List;

/** A table as read from XLSX or CSV: header cells and data rows, each with its 1-based row number in the file. */
record RawTable(String source, List<String> header, List<RawRow> rows) {

    record RawRow(int number, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : null;
        }
    }
}
