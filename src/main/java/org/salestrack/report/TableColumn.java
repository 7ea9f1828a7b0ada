package org.salestrack.report;

/**
 * A column of a table exported by {@link XlsxExport}. The type says what values the column holds and
 * decides the cell type and format:
 * TEXT any object (its toString); INTEGER a Number; DECIMAL a Number; MONEY a BigDecimal in yuan;
 * MONEY_E4 a Long of e4; PERCENT a Number fraction (0.25 shows 25.0%); DATE a LocalDate;
 * DATE_TIME a LocalDateTime; BOOLEAN a Boolean. A null value leaves the cell empty.
 */
public record TableColumn(String name, Type type) {
    public enum Type { TEXT, INTEGER, DECIMAL, MONEY, MONEY_E4, PERCENT, DATE, DATE_TIME, BOOLEAN }

    public static TableColumn text(String name) { return new TableColumn(name, Type.TEXT); }

    public static TableColumn of(String name, Type type) { return new TableColumn(name, type); }
}
