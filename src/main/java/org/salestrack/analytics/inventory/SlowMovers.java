package org.salestrack.analytics.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salestrack.model.Message;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.LifeCycleStage;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.SlowMoverAction;

/**
 * Flags a SKU x region whose weekly sales stayed below {@code slowRatio} of what its forecast, made before
 * each week, expected for {@code slowWeeks} weeks running up to the last week, and says what to do:
 * <ul>
 * <li>launch or growth: a dip, not a trend; move the stock to where it sells when the region holds more
 *     than its cover target, otherwise watch;</li>
 * <li>maturity: a mild shortfall (above half of expected) is sold in a bundle, a deep one on a
 *     time-limited discount;</li>
 * <li>decline: with more stock than the cover target, clear it on another platform; otherwise discount.</li>
 * </ul>
 */
public final class SlowMovers {
    /** Below this share of expected a mature model's shortfall is deep enough for a discount rather than a bundle. */
    static final double DEEP = 0.5;

    private final InventoryParameters params;

    public SlowMovers(InventoryParameters params) { this.params = params; }

    /**
     * @param weeks      the weeks' labels (Mondays), oldest first
     * @param actual     units sold per week
     * @param expected   one-step-ahead forecasts per week (NaN where the model had no forecast yet)
     * @param ageInWeeks weeks since launch at the last week, negative when unknown
     * @param weeksOfCover the region's stock in weeks of its demand: a region holding none (0, or NaN when
     *                     unknown) has nothing slow to move, whatever its sales did
     */
    public Optional<SlowMover> judge(String sku, String region, List<String> weeks, double[] actual, double[] expected,
                                     long ageInWeeks, double weeksOfCover) {
        int n = actual.length;
        int run = 0;
        double sumActual = 0;
        double sumExpected = 0;
        for (int t = n - 1; t >= 0; t--) {
            double e = expected[t];
            if (!(e > 0) || actual[t] >= params.slowRatio() * e) break;
            run++;
            sumActual += actual[t];
            sumExpected += e;
        }
        if (run < params.slowWeeks() || !(weeksOfCover > 0)) return Optional.empty();
        double ratio = sumActual / sumExpected;
        // a quarter or more of under-selling is no dip: the model is on its way out, whatever came before
        LifeCycleStage stage = run >= LifeCycle.TREND_WEEKS && !(ageInWeeks >= 0 && ageInWeeks < LifeCycle.LAUNCH_WEEKS)
                ? LifeCycleStage.DECLINE : LifeCycle.stage(actual, n - run, ageInWeeks);
        boolean surplus = weeksOfCover > params.coverHighWeeks();
        SlowMoverAction action = switch (stage) {
            case LAUNCH, GROWTH -> surplus ? SlowMoverAction.TRANSFER : SlowMoverAction.WATCH;
            case MATURITY -> ratio >= DEEP ? SlowMoverAction.BUNDLE : SlowMoverAction.DISCOUNT;
            case DECLINE -> surplus ? SlowMoverAction.CLEARANCE : SlowMoverAction.DISCOUNT;
        };
        Message reason = Message.of("inventory.reason." + action.name().toLowerCase(Locale.ROOT),
                Message.of("inventory.stage." + stage.name().toLowerCase(Locale.ROOT)), run,
                Math.round(ratio * 100), Double.isFinite(weeksOfCover) ? String.format(Locale.ROOT, "%.1f", weeksOfCover) : "∞");
        return Optional.of(new SlowMover(sku, region, stage, run, ratio, action, reason, List.copyOf(weeks), actual.clone(), expected.clone()));
    }
}
