package org.salestrack.model;

/** A county-level division (区/县) of mainland China: its GB/T 2260 code, its city (地级) and its province code. */
public record County(String code, String name, String cityCode, String city, String province) {}
