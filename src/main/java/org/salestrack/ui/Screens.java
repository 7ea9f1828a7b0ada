package org.salestrack.ui;

import java.util.List;
import org.salestrack.ui.customer.CustomersView;
import org.salestrack.ui.inventory.InventoryView;
import org.salestrack.ui.dashboard.DashboardView;
import org.salestrack.ui.dealer.DealersView;
import org.salestrack.ui.explore.ExplorerView;
import org.salestrack.ui.feedback.FeedbackView;
import org.salestrack.ui.forecast.ForecastView;
import org.salestrack.ui.imports.ImportView;
import org.salestrack.ui.marketing.MarketingView;
import org.salestrack.ui.quality.QualityView;
import org.salestrack.ui.reports.ReportsView;

/** The navigation, in order. Adding a screen is one line here plus its title key in the bundles. */
public final class Screens {
    private Screens() {}

    /**
     * The screens that open on the national store: they read the cube, the findings, the monthly series and the
     * workbook's rollups, which the store serves as a workspace does.
     */
    public static final java.util.Set<String> ON_NATIONAL_STORE = java.util.Set.of("dashboard", "explore", "quality", "forecast", "reports");

    public static List<ScreenEntry> all() {
        return List.of(
                new ScreenEntry("dashboard", "nav.dashboard", DashboardView::new),
                new ScreenEntry("explore", "nav.explore", ExplorerView::new),
                new ScreenEntry("import", "nav.import", ImportView::new),
                new ScreenEntry("watch", "nav.watch", org.salestrack.ui.watch.WatchView::create),
                new ScreenEntry("quality", "nav.quality", QualityView::create),
                new ScreenEntry("forecast", "nav.forecast", ForecastView::create),
                new ScreenEntry("customers", "nav.customers", CustomersView::create),
                new ScreenEntry("marketing", "nav.marketing", MarketingView::create),
                new ScreenEntry("dealers", "nav.dealers", DealersView::create),
                new ScreenEntry("channels", "nav.channels", org.salestrack.ui.channel.ChannelsView::create),
                new ScreenEntry("inventory", "nav.inventory", InventoryView::create),
                new ScreenEntry("market", "nav.market", org.salestrack.ui.market.MarketView::create),
                new ScreenEntry("feedback", "nav.feedback", FeedbackView::create),
                new ScreenEntry("alerts", "nav.alerts", org.salestrack.ui.alert.AlertsView::create),
                new ScreenEntry("reports", "nav.reports", ReportsView::create),
                new ScreenEntry("audit", "nav.audit", org.salestrack.ui.audit.AuditView::create),
                new ScreenEntry("national", "nav.national", org.salestrack.ui.national.NationalView::create));
    }
}
