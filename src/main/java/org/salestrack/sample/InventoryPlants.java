package org.salestrack.sample;

/**
 * The inventory cases planted in the year-end store count: one store with an empty shelf of a SKU its
 * province still sells (a stock-out), and one SKU with a surplus in one province beside a neighbour short
 * of it (a transfer).
 */
public record InventoryPlants(String stockOutStore, String stockOutSku, String transferSku, String surplusProvince,
                              String surplusStore, int surplusUnits, String shortProvince) {}
