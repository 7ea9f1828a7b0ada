package org.salestrack.report;

/**
 * Keeps text cells of CSV files and clipboard copies from being read as formulas by Excel or LibreOffice
 * (OWASP "CSV injection"): a text starting with = + - @ a tab or a carriage return gets a single quote in
 * front, which the spreadsheet shows as text. Numbers are never passed through here, so -12.50 stays a number.
 * XLSX cells need none of this: they are written as string cells, never as formulas.
 */
public final class FormulaInjection {
    private FormulaInjection() {}

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text;
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
