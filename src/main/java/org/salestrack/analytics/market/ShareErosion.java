package org.salestrack.analytics.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.salestrack.model.market.CompetitorErosion;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.EventWindows;
import org.salestrack.model.market.Interval;
import org.salestrack.model.market.ShareRow;

/**
 * The brief's "erosion coefficient" of a competitor move: our unit share in the event's provinces before and
 * after it, against comparable provinces without the event (difference in differences, {@link DiffInDiff}).
 * Comparable provinces are the covered ones where no competitor moved during the windows, so one move is not
 * taken for another. A nationwide move has no comparison provinces and gets no estimate.
 */
public final class ShareErosion {
    public static final String NATIONWIDE = "nationwide";
    public static final String NOT_IN_PANEL = "not_in_panel";
    public static final String TOO_FEW = "too_few_provinces";

    private ShareErosion() {}

    public static List<EventEffect> estimate(ShareCube cube, List<CompetitorEvent> events, int months, double level) {
        List<EventEffect> out = new ArrayList<>();
        for (CompetitorEvent e : events) out.add(estimate(cube, e, events, months, level));
        return out;
    }

    static EventEffect estimate(ShareCube cube, CompetitorEvent e, List<CompetitorEvent> all, int months, double level) {
        EventWindows w = EventWindows.around(e.date(), months);
        String category = e.category();
        if (e.nationwide()) return none(e, category, w, List.of(), List.of(), NATIONWIDE);
        Set<String> covered = cube.provinces();
        List<String> treated = e.provinces().stream().filter(covered::contains).filter(p -> complete(cube, p, category, w)).toList();
        Set<String> busy = new TreeSet<>();
        LocalDate first = w.first().atDay(1);
        LocalDate last = w.last().atEndOfMonth();
        for (CompetitorEvent other : all) {
            if (other.nationwide() || other.date().isBefore(first) || other.date().isAfter(last)) continue;
            busy.addAll(other.provinces());
        }
        List<String> controls = covered.stream().filter(p -> !busy.contains(p) && !e.provinces().contains(p))
                .filter(p -> complete(cube, p, category, w)).toList();
        if (treated.isEmpty()) return none(e, category, w, treated, controls, NOT_IN_PANEL);
        List<DiffInDiff.Unit> t = units(cube, treated, category, w);
        List<DiffInDiff.Unit> c = units(cube, controls, category, w);
        Interval pp = DiffInDiff.estimate(t, c, level);
        ShareRow tb = sum(cube, treated, category, w.before());
        ShareRow ta = sum(cube, treated, category, w.after());
        ShareRow cb = sum(cube, controls, category, w.before());
        ShareRow ca = sum(cube, controls, category, w.after());
        if (pp == null) {
            return new EventEffect(e, category, w, tb.shareUnits(), ta.shareUnits(), cb.shareUnits(), ca.shareUnits(), null, Double.NaN,
                    treated, controls, TOO_FEW);
        }
        Interval inPp = new Interval(100 * pp.estimate(), 100 * pp.low(), 100 * pp.high(), pp.treated(), pp.controls());
        double unitsLost = -pp.estimate() * ta.marketUnits();
        return new EventEffect(e, category, w, tb.shareUnits(), ta.shareUnits(), cb.shareUnits(), ca.shareUnits(), inPp, unitsLost,
                treated, controls, null);
    }

    /**
     * Each competitor's moves taken together, a stacked difference in differences: every estimated move's
     * provinces (before and after that move) against that move's own comparison provinces, one estimate over
     * the stack, so a brand with three small cuts gets one coefficient with an interval narrower than any one
     * of them. Units lost add up over the moves. Brands by name.
     */
    public static List<CompetitorErosion> byCompetitor(ShareCube cube, List<EventEffect> effects, double level) {
        Map<String, List<EventEffect>> byBrand = new TreeMap<>();
        for (EventEffect e : effects) if (e.effectPp() != null) byBrand.computeIfAbsent(e.event().brand(), k -> new ArrayList<>()).add(e);
        List<CompetitorErosion> out = new ArrayList<>();
        byBrand.forEach((brand, moves) -> {
            List<DiffInDiff.Unit> t = new ArrayList<>();
            List<DiffInDiff.Unit> c = new ArrayList<>();
            double lost = 0;
            for (EventEffect e : moves) {
                t.addAll(units(cube, e.treated(), e.category(), e.windows()));
                c.addAll(units(cube, e.controls(), e.category(), e.windows()));
                lost += e.unitsLost();
            }
            Interval pp = DiffInDiff.estimate(t, c, level);
            out.add(new CompetitorErosion(brand, moves.size(),
                    pp == null ? null : new Interval(100 * pp.estimate(), 100 * pp.low(), 100 * pp.high(), pp.treated(), pp.controls()), lost));
        });
        return out;
    }

    private static EventEffect none(CompetitorEvent e, String category, EventWindows w, List<String> treated, List<String> controls,
                                    String why) {
        return new EventEffect(e, category, w, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, treated, controls, why);
    }

    private static List<DiffInDiff.Unit> units(ShareCube cube, List<String> provinces, String category, EventWindows w) {
        List<DiffInDiff.Unit> out = new ArrayList<>();
        for (String p : provinces) {
            ShareRow before = sum(cube, List.of(p), category, w.before());
            ShareRow after = sum(cube, List.of(p), category, w.after());
            out.add(new DiffInDiff.Unit(p, before.shareUnits(), after.shareUnits(), before.marketUnits()));
        }
        return out;
    }

    static ShareRow sum(ShareCube cube, List<String> provinces, String category, List<YearMonth> months) {
        return cube.sum(List.of(), c -> provinces.contains(c.province()) && months.contains(c.month())
                && (category == null || category.equals(c.category())));
    }

    /** Every month of both windows has a market for the province. */
    private static boolean complete(ShareCube cube, String province, String category, EventWindows w) {
        List<YearMonth> all = new ArrayList<>(w.before());
        all.addAll(w.after());
        for (YearMonth m : all) {
            if (sum(cube, List.of(province), category, List.of(m)).marketUnits() == 0) return false;
        }
        return true;
    }
}
