package org.salestrack.sample;

import java.time.LocalDate;

/**
 * The data-quality problems planted in the sample set, with the exact counts the validation rules must
 * find (samples/README.md explains each). Everything else in the set is clean.
 *
 * @param duplicateLines      Tmall order lines present in both Tmall exports (rule duplicate-line)
 * @param duplicateOrders     the distinct Tmall orders those lines belong to
 * @param storeSpikeDays      store days above 3x the trailing 28-day mean (rule store-spike)
 * @param spikeUnits          units sold by the spike store on the spike day
 * @param nightOrders         online orders placed 02:00-05:00 (rule night-burst)
 * @param nightOrdersByOneBuyer how many of them one buyer (same phone and address) placed
 * @param diversionRows       dealer sell-through rows outside the dealer's registered province (rule diversion)
 * @param diversionUnits      units in those rows
 * @param imeiDuplicates      IMEIs sold in two different orders (rule imei-duplicate)
 * @param imeiInvalid         IMEIs not 15 digits or failing the Luhn check (rule imei-invalid)
 * @param imeiTwoWaybills     IMEIs bound to two waybills within one order (rule imei-waybill)
 * @param stuffingMonths      dealer-months where sell-in exceeds sell-out + stock change (rule channel-stuffing)
 */
public record PlantedProblems(int duplicateLines, int duplicateOrders,
                              int storeSpikeDays, String spikeStore, LocalDate spikeDay, int spikeUnits,
                              int nightOrders, int nightOrdersByOneBuyer, LocalDate nightDay,
                              int diversionRows, int diversionUnits, String diversionDealer,
                              int imeiDuplicates, int imeiInvalid, int imeiTwoWaybills,
                              int stuffingDealers, int stuffingMonths, String stuffingDealer) {

    /** What seed 42 (the committed samples/) plants; samples/README.md lists the same numbers. */
    public static final PlantedProblems SEED_42 = new PlantedProblems(90, 77,
            1, "S156", LocalDate.of(2025, 4, 16), 46,
            12, 8, LocalDate.of(2025, 3, 12),
            6, 180, "D012",
            3, 4, 2,
            1, 3, "D018");
}
