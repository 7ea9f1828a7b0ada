package org.salestrack.model.report;

/**
 * One row of a member x month table: amounts in e4, one per month of the owning {@link MonthMatrix}.
 *
 * @param group the parent member (a province's sales region), or "" when the table has no parent column
 */
public record MatrixRow(String group, String name, long[] amountE4) {}
