package org.salestrack.forecast.service;

import org.salestrack.forecast.hierarchy.ReconciliationMethod;

/** The chosen series' forecast after reconciliation with every other series of its level. */
public record CoherentForecast(ReconciliationMethod method, double[] mean, double[] p10, double[] p90, int seriesInLevel) {}
