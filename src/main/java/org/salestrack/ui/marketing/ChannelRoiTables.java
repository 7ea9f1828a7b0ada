package org.salestrack.ui.marketing;

import java.util.OptionalDouble;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;
import org.salestrack.model.marketing.CampaignCustomers;
import org.salestrack.model.marketing.ChannelReturn;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/** The channel ROI by month table and the table of the customers each campaign brought; numbers sort by value. */
final class ChannelRoiTables {
    private ChannelRoiTables() {}

    static TableView<ChannelReturn> months(I18n i18n, ObservableList<ChannelReturn> rows) {
        TableView<ChannelReturn> t = new TableView<>(rows);
        t.setId("marketing-channel-roi");
        t.getColumns().add(MarketingTables.text(i18n, "marketing.col.channel", ChannelReturn::channel, 110));
        t.getColumns().add(MarketingTables.text(i18n, "marketing.roi.col.month", r -> r.month().toString(), 80));
        t.getColumns().add(MarketingTables.money(i18n, "marketing.col.spend", r -> r.spend().doubleValue(), 115));
        t.getColumns().add(MarketingTables.money(i18n, "marketing.col.incremental", ChannelReturn::incrementalRevenue, 120));
        t.getColumns().add(MarketingTables.money(i18n, "marketing.roi.col.incremental.margin", ChannelReturn::incrementalMargin, 120));
        t.getColumns().add(ratio(i18n, "marketing.col.roi", ChannelReturn::roi, "marketing-channel-roi-roi"));
        t.getColumns().add(ratio(i18n, "marketing.roi.col.revenue.per.spend", ChannelReturn::incrementalRevenuePerSpend, null));
        t.getColumns().add(MarketingTables.number(i18n, "marketing.roi.col.new.customers", r -> (double) r.newCustomers(),
                (r, l) -> Format.units(r.newCustomers(), l), 90));
        var cac = cac(i18n, ChannelReturn::cac);
        cac.setId("marketing-channel-roi-cac");
        t.getColumns().add(cac);
        return finish(i18n, t);
    }

    static TableView<CampaignCustomers> campaigns(I18n i18n, ObservableList<CampaignCustomers> rows) {
        TableView<CampaignCustomers> t = new TableView<>(rows);
        t.setId("marketing-campaign-customers");
        t.getColumns().add(MarketingTables.text(i18n, "marketing.col.campaign", CampaignCustomers::code, 80));
        t.getColumns().add(MarketingTables.text(i18n, "marketing.col.name", CampaignCustomers::name, 170));
        t.getColumns().add(MarketingTables.money(i18n, "marketing.col.spend", r -> r.spend().doubleValue(), 115));
        var brought = MarketingTables.number(i18n, "marketing.roi.col.brought", (CampaignCustomers r) -> (double) r.newCustomers(),
                (r, l) -> Format.units(r.newCustomers(), l), 95);
        brought.setId("marketing-campaign-customers-brought");
        t.getColumns().add(brought);
        t.getColumns().add(MarketingTables.number(i18n, "marketing.roi.col.repeaters", r -> (double) r.repeaters(),
                (r, l) -> Format.units(r.repeaters(), l), 95));
        t.getColumns().add(MarketingTables.number(i18n, "marketing.roi.col.repeat.rate", r -> r.repeatRate() == null ? Double.NaN : r.repeatRate(),
                (r, l) -> Format.percent(r.repeatRate() == null ? OptionalDouble.empty() : OptionalDouble.of(r.repeatRate()), l), 95));
        t.getColumns().add(cac(i18n, CampaignCustomers::cac));
        return finish(i18n, t);
    }

    private static <T> javafx.scene.control.TableColumn<T, Number> ratio(I18n i18n, String key, java.util.function.Function<T, Double> v, String id) {
        var c = MarketingTables.number(i18n, key, (T r) -> v.apply(r) == null ? Double.NaN : v.apply(r),
                (r, l) -> MarketingTables.ratio(v.apply(r), l), 80);
        if (id != null) c.setId(id);
        return c;
    }

    /** Blank ("–") rather than ¥0 where nobody was brought or nothing spent. */
    private static <T> javafx.scene.control.TableColumn<T, Number> cac(I18n i18n, java.util.function.Function<T, Double> v) {
        return MarketingTables.number(i18n, "marketing.roi.col.cac", (T r) -> v.apply(r) == null ? Double.NaN : v.apply(r),
                (r, l) -> v.apply(r) == null ? "–" : MarketingTables.yuan(v.apply(r), l), 95);
    }

    private static <T> TableView<T> finish(I18n i18n, TableView<T> t) {
        t.setPlaceholder(new javafx.scene.control.Label());
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }
}
