package org.salestrack.model;

import java.util.List;

/** A provincial-level division of China (GB/T 2260), with its sales region and tile-grid position. */
public record Province(String code, String nameZh, String fullNameZh, String abbr, String nameEn,
                       List<String> aliases, String salesRegion, int tileCol, int tileRow,
                       double lat, double lon) {}
