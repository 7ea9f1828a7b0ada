package org.salestrack.sample;

import org.salestrack.model.Counties;
import org.salestrack.model.Money;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.salestrack.model.SaleStatus;

/**
 * Plants the dealer-level problems after the ledger is balanced, so neither disturbs the other rule:
 * the Anhui house dealer reports sell-through in Jiangsu and Zhejiang (diversion), and the Hunan house
 * dealer takes three times its normal sell-in in July-September 2025 while its stock stays flat (stuffing).
 */
final class DealerPlants {
    static final String DIVERSION_PROVINCE = "34";
    static final String STUFFING_PROVINCE = "43";
    static final List<YearMonth> STUFFING_MONTHS = List.of(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
    static final int STUFFING_FACTOR = 3;
    private static final String[][] DIVERTED = {
        {"2025-05", "32", "南京", "XH-X6-256", "30"}, {"2025-05", "32", "苏州", "QC-Y40-128", "25"},
        {"2025-06", "33", "杭州", "XH-X6-256", "40"}, {"2025-06", "32", "苏州", "XH-X6-512", "20"},
        {"2025-07", "33", "宁波", "QC-Y50-128", "35"}, {"2025-07", "32", "南京", "XH-X6-256", "30"}};

    private DealerPlants() {}

    static Dealer houseDealer(Network network, String provinceCode) {
        return network.dealers().stream().filter(d -> d.provinceCode().equals(provinceCode)).findFirst().orElseThrow();
    }

    /** Adds the diverted rows; returns their units. */
    static int diversion(List<SaleRecord> dealerRows, Network network, Catalogue catalogue) {
        Dealer d = houseDealer(network, DIVERSION_PROVINCE);
        int units = 0;
        for (String[] row : DIVERTED) {
            YearMonth m = YearMonth.parse(row[0]);
            Product p = catalogue.sku(row[3]);
            int qty = Integer.parseInt(row[4]);
            long unit = Money.e4OfWholeYuan(Math.round(Money.yuan(p.listPriceE4()) * 0.9));
            dealerRows.add(new SaleRecord(Channel.DEALER, null, 1, m.atEndOfMonth().atTime(LocalTime.MIDNIGHT), null,
                    d.code(), row[1], row[2], p, qty, unit, unit * qty, null, null, null, null, SaleStatus.PAID,
                    Counties.get().ofCity(row[1], row[2]).get(0)));
            units += qty;
        }
        return units;
    }

    static int diversionRows() { return DIVERTED.length; }

    /** Multiplies the stuffing dealer's sell-in in the stuffing months; its reported stock is left as it was. */
    static Dealer stuffing(List<SellInRecord> sellIn, Network network) {
        Dealer d = houseDealer(network, STUFFING_PROVINCE);
        for (int i = 0; i < sellIn.size(); i++) {
            SellInRecord r = sellIn.get(i);
            if (r.dealer().equals(d) && STUFFING_MONTHS.contains(YearMonth.from(r.shippedAt()))) {
                sellIn.set(i, new SellInRecord(r.shippedAt(), d, r.product(), r.qty() * STUFFING_FACTOR,
                        r.amountE4() * STUFFING_FACTOR));
            }
        }
        return d;
    }
}
