package org.salestrack.model;

/** One step of a stored forecast; {@code actual} is filled in when the period's sales arrive. */
public record ForecastPoint(int step, String period, double mean, Double p10, Double p50, Double p90, Double actual) {}
