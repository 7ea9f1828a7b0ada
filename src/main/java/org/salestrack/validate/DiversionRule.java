package org.salestrack.validate;

import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.Haversine;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * A dealer's unit sold or shipped outside the dealer's registered province, or farther than a set distance
 * from the dealer's location (cross-region diversion undercuts the dealers who hold that region). The
 * distance is measured to the ship-to point when the line has one, else to the store. Its default, 1,500 km,
 * is meant for the far-west provinces, where a store can lie well over 1,000 km from its dealer's seat: within
 * a province only the absurd trips it, and the province check does the everyday work.
 */
public final class DiversionRule implements Rule {
    public static final String ID = "diversion";
    static final String MAX_KM = "maxDistanceKm";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A dealer's unit is sold or shipped outside its registered province, or too far from the dealer.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(RuleParameter.decimal(MAX_KM, 1500, 0, 20_000,
                "farthest a dealer's unit may be sold or shipped from the dealer, in km; 0 turns the distance check off"));
    }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        double maxKm = params.decimal(MAX_KM);
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (f.dealerCode() == null || !f.isSale() || context.isDuplicate(i)) return;
                Message why = explain(f, maxKm);
                if (why != null) out.accept(Hits.sale(ID, severity, f, why));
            }
        };
    }

    private static Message explain(SaleFact f, double maxKm) {
        String home = f.dealerProvince();
        if (home != null) {
            if (f.province() != null && !home.equals(f.province())) {
                return Message.of("rule.diversion.sold", f.dealerCode(), Hits.province(home), Hits.province(f.province()));
            }
            if (f.shipProvince() != null && !home.equals(f.shipProvince())) {
                return Message.of("rule.diversion.shipped", f.dealerCode(), Hits.province(home),
                        Hits.province(f.shipProvince()));
            }
        }
        if (maxKm <= 0 || f.dealerLat() == null || f.dealerLon() == null) return null;
        boolean shipped = f.shipLat() != null && f.shipLon() != null;
        Double lat = shipped ? f.shipLat() : f.storeLat();
        Double lon = shipped ? f.shipLon() : f.storeLon();
        if (lat == null || lon == null) return null;
        double km = Haversine.km(f.dealerLat(), f.dealerLon(), lat, lon);
        if (km <= maxKm) return null;
        return Message.of(shipped ? "rule.diversion.far_shipped" : "rule.diversion.far_store", Hits.number(km, 0),
                f.dealerCode(), Hits.number(maxKm, 0));
    }
}
