package org.salestrack.ui;

import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.analytics.market.MarketService;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.validate.ValidationService;

/**
 * The services behind the forecast, data quality, reports and customers screens, kept apart from
 * {@link WorkbenchContext}'s core ones ({@code national} and {@code vault}: a workspace file's publish and sync, and
 * where the store's password may be kept). Never null itself: a service a workspace lacks (the national store has only
 * forecasting, reports and quality; {@link #NONE} has none, for tests of the core screens) is null, and its screen shows it is unavailable.
 */
public record ScreenServices(ForecastDesk forecast, SalesWorkbookBuilder reports, ValidationService quality, CustomerService customers,
                             MarketingService marketing, DealerService dealers, InventoryService inventory, MarketService market,
                             FeedbackService feedback, org.salestrack.analytics.alert.AlertService alerts,
                             org.salestrack.analytics.audit.AuditService audit,
                             org.salestrack.pipeline.watch.WatchDesk watch,
                             org.salestrack.analytics.channel.ChannelService channels,
                             org.salestrack.analytics.national.NationalSyncService national, org.salestrack.ui.start.PasswordVault vault) {
    /** No service beyond the core ones. */
    public static final ScreenServices NONE = new ScreenServices(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The national store's: forecasting, the month's workbook and the findings, which it publishes; nothing else. */
    public static ScreenServices nationalStore(ForecastDesk forecast, SalesWorkbookBuilder reports, ValidationService quality) {
        return new ScreenServices(forecast, reports, quality, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
