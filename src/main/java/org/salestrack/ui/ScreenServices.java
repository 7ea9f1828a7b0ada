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
 * {@link WorkbenchContext}'s core ones so the workbench can run without them (tests of other screens).
 */
public record ScreenServices(ForecastDesk forecast, SalesWorkbookBuilder reports, ValidationService quality, CustomerService customers,
                             MarketingService marketing, DealerService dealers, InventoryService inventory, MarketService market,
                             FeedbackService feedback, org.salestrack.analytics.alert.AlertService alerts,
                             org.salestrack.analytics.audit.AuditService audit,
                             org.salestrack.pipeline.watch.WatchDesk watch,
                             org.salestrack.analytics.channel.ChannelService channels) {}
