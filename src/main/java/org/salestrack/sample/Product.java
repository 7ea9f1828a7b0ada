package org.salestrack.sample;

import java.time.LocalDate;

/**
 * One SKU of the sample catalogue with its life cycle: sales ramp up after {@code launch}, hold a
 * plateau, decline from {@code declineFrom} and stop after {@code endOfLife}.
 *
 * @param tac the 8-digit type allocation code that starts every IMEI of the model; null when the
 *            device has no IMEI (watches and bands without cellular)
 */
public record Product(String sku, String name, String model, String series, String category,
                      LocalDate launch, LocalDate declineFrom, LocalDate endOfLife,
                      long listPriceE4, long unitCostE4, double popularity, String tac) {

    public boolean hasImei() { return tac != null; }

    public boolean isPhone() { return category.equals(Catalogue.PHONE); }

    /** Demand multiplier for a day: 0 before launch and after end of life. */
    public double lifeCycle(LocalDate day) {
        if (day.isBefore(launch) || day.isAfter(endOfLife)) return 0;
        long sinceLaunch = day.toEpochDay() - launch.toEpochDay();
        if (sinceLaunch < 42) return 0.55 + 0.45 * sinceLaunch / 42.0;
        if (day.isBefore(declineFrom)) return 1.0;
        double span = Math.max(1, endOfLife.toEpochDay() - declineFrom.toEpochDay());
        double into = day.toEpochDay() - declineFrom.toEpochDay();
        return 1.0 - 0.8 * into / span;
    }

    /** Markdown that grows through the decline phase, so old models sell below list price. */
    public double lifeCycleDiscount(LocalDate day) {
        if (day.isBefore(declineFrom)) return 0;
        double span = Math.max(1, endOfLife.toEpochDay() - declineFrom.toEpochDay());
        return 0.10 * Math.min(1.0, (day.toEpochDay() - declineFrom.toEpochDay()) / span);
    }

    /** True when the SKU could be sold on this day. */
    public boolean onSale(LocalDate day) { return lifeCycle(day) > 0; }
}
