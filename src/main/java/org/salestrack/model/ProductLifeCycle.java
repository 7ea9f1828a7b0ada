package org.salestrack.model;

/**
 * A product's (e.g. a phone model's) life-cycle stage and turning points, as months {@code YYYY-MM}; a turning
 * point not reached is null. What the forecast screen shows and the inventory module asks for (a model in
 * decline needs no replenishment beyond its remaining demand).
 */
public record ProductLifeCycle(String product, LifeCycleStage stage, String launch, String peak, String declineStart) {}
