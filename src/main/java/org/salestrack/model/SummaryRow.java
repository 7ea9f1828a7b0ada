package org.salestrack.model;

import java.math.BigDecimal;
import java.util.List;

/** One group of a summary: the dimension values in the order asked, then the measures. */
public record SummaryRow(List<String> keys, long rows, long orders, long qty, BigDecimal amount, BigDecimal margin) {}
