package org.salestrack.sample;

/**
 * What the generator planted for one dealer of {@link GradePlants}, in 2025-Q4, added up from the lines it wrote.
 *
 * @param q4SalesE4 its sell-through in 2025-Q4 (it supplies no store: this is its whole sell-out)
 * @param yearBeforeE4 the same in 2024-Q4
 * @param nps the mean of its three monthly NPS
 * @param resolved48h its share of complaints resolved within 48 h (0-1)
 * @param covered counties of its province it sold in during the quarter; {@code territory} all of them
 * @param targetE4 its 2025-Q4 target when it is planted above it by a known amount, else null
 */
public record PlantedGrade(String dealer, String grade, String role, long q4SalesE4, long yearBeforeE4, double nps,
                           double resolved48h, int covered, int territory, Long targetE4) {
    public double growth() { return (double) q4SalesE4 / yearBeforeE4 - 1; }

    public long annualisedE4() { return q4SalesE4 * 4; }
}
