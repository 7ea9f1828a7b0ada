package org.salestrack.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Campaign;
import org.salestrack.model.ImportReject;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.StockSnapshot;

/**
 * What a rule's scan may ask besides the line in hand: the run's small inputs, whether a line already seen
 * repeats the key of an earlier one, and, once the first pass is over, the counted sales per store and day.
 * Lines are numbered 0, 1, 2... in import order; a scan never gets a line it has to look back for.
 */
interface ScanContext {
    LocalDate today();

    List<SellInFact> sellIns();

    List<StockSnapshot> stocks();

    List<Campaign> campaigns();

    List<ImportReject> rejects();

    /** Whether line {@code i}, seen already, repeats the line key of an earlier line. */
    boolean isDuplicate(int i);

    /** The earlier line that line {@code i} repeats; asked about the line in hand of the first pass. */
    SaleFact original(int i);

    /** Whether another line of the run may carry {@code imei}: false only when none does, so IMEI rules can forget the rest. */
    boolean mayRepeat(String imei);

    /** Counted units and revenue per store (or channel) and day: complete once the first pass is over. */
    Map<String, DailySeries> storeDays();
}
