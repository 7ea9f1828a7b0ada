package org.salestrack.forecast;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.forecast.lifecycle.LifeCycle;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.ProductLifeCycle;
import org.salestrack.store.Workspace;

/**
 * Life-cycle stages and turning points of every product at a level (model by default) from the
 * workspace's monthly units: the API the inventory module and the forecast screen call.
 */
public final class LifeCycleService {
    private final ForecastService forecasts;

    public LifeCycleService(Workspace workspace) {
        this.forecasts = new ForecastService(workspace);
    }

    /** Each phone model's life cycle, in the order the workspace lists them. */
    public List<ProductLifeCycle> models() {
        return of(forecasts.monthly(List.of("model"), null, null));
    }

    /** The life cycles of series already loaded (ids as the level's keys). */
    public static List<ProductLifeCycle> of(List<MonthlySeries> series) {
        List<ProductLifeCycle> out = new ArrayList<>();
        for (MonthlySeries s : series) out.add(of(s.id(), s.firstMonth(), s.units()));
        return out;
    }

    /** One product's life cycle from its monthly units starting at {@code firstMonth} (YYYY-MM). */
    public static ProductLifeCycle of(String product, String firstMonth, double[] units) {
        LifeCycle c = LifeCycle.of(units);
        java.time.YearMonth first = java.time.YearMonth.parse(firstMonth);
        return new ProductLifeCycle(product, c.stage(), month(first, c.launch()), month(first, c.peak()), month(first, c.declineStart()));
    }

    private static String month(java.time.YearMonth first, int index) {
        return index < 0 ? null : first.plusMonths(index).toString();
    }
}
