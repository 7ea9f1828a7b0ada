package org.salestrack.sample;

/** A city the sample data sells in, with its province (GB/T 2260 code) and position. */
public record City(String provinceCode, String name, double lat, double lon, double weight) {}
