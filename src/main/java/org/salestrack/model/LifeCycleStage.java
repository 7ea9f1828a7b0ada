package org.salestrack.model;

/** Where a product stands in its life; see forecast.lifecycle.LifeCycle for how it is read from sales. */
public enum LifeCycleStage { NOT_LAUNCHED, LAUNCH, GROWTH, MATURITY, DECLINE }
