package org.salestrack.model.report;

/**
 * One dealer in the report period: shipments to it (sell-in), its sales (sell-out), its latest stock on
 * hand at the period's end, and its target. Targets are null when none was imported for the period.
 */
public record DealerLine(String code, String name, String tier, String grade, String province,
                         long sellInQty, long sellInE4, long sellOutQty, long sellOutE4, long stockOnHand,
                         Long targetQty, Long targetE4) {}
