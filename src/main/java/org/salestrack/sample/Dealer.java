package org.salestrack.sample;

import java.util.List;

/**
 * A dealer: T1 regional distributors, T2 provincial dealers, T3 city dealers; graded A/B/C. Every
 * dealer sells only inside its registered province, which is what makes planted diversion stand out.
 *
 * @param cities the cities of its registered province where it distributes (first = its seat)
 */
public record Dealer(String code, String name, String tier, String grade, String provinceCode, City seat,
                     double lat, double lon, List<City> cities, double size) {}
