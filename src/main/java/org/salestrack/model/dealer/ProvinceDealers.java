package org.salestrack.model.dealer;

/**
 * The dealers registered in one province in a period: how many, their summed sales (sell-out, e4) and how
 * many hold each grade; what the Dealers screen's tile map shows.
 */
public record ProvinceDealers(String province, String provinceName, int dealers, long salesE4, int a, int b, int c) {}
