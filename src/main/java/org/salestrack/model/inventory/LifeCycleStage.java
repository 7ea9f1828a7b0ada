package org.salestrack.model.inventory;

/** Where a SKU is in its life, from its age since launch and its sales trend. */
public enum LifeCycleStage { LAUNCH, GROWTH, MATURITY, DECLINE }
