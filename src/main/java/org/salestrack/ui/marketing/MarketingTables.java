package org.salestrack.ui.marketing;

import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/**
 * The campaigns table and the attribution table. Numeric columns hold numbers and only format them for
 * display, so a click on a header sorts by value, not by the text.
 */
final class MarketingTables {
    private MarketingTables() {}

    static TableView<CampaignImpact> campaigns(I18n i18n, javafx.collections.ObservableList<CampaignImpact> rows) {
        TableView<CampaignImpact> t = new TableView<>(rows);
        t.setId("marketing-campaigns");
        t.getColumns().add(text(i18n, "marketing.col.campaign", CampaignImpact::code, 80));
        t.getColumns().add(text(i18n, "marketing.col.name", CampaignImpact::name, 170));
        t.getColumns().add(text(i18n, "marketing.col.starts", c -> c.starts().toString(), 90));
        t.getColumns().add(text(i18n, "marketing.col.ends", c -> c.ends().toString(), 90));
        t.getColumns().add(money(i18n, "marketing.col.spend", c -> c.spend().doubleValue(), 115));
        t.getColumns().add(money(i18n, "marketing.col.baseline", c -> c.revenue().baseline(), 120));
        t.getColumns().add(money(i18n, "marketing.col.actual", c -> c.revenue().actual(), 120));
        t.getColumns().add(money(i18n, "marketing.col.incremental", c -> c.revenue().incremental(), 120));
        t.getColumns().add(number(i18n, "marketing.col.interval", c -> c.revenue().incrementalLow(), (c, l) -> {
            double max = rows.stream().mapToDouble(x -> Math.max(Math.abs(x.revenue().incrementalLow()), Math.abs(x.revenue().incrementalHigh()))).max().orElse(0);
            return yuan(c.revenue().incrementalLow(), max, l) + " – " + yuan(c.revenue().incrementalHigh(), max, l);
        }, 190));
        t.getColumns().add(number(i18n, "marketing.col.roi", c -> c.roi() == null ? Double.NaN : c.roi(), (c, l) -> ratio(c.roi(), l), 70));
        t.getColumns().add(number(i18n, "marketing.col.revenue.per.spend", c -> c.revenuePerSpend() == null ? Double.NaN : c.revenuePerSpend(),
                (c, l) -> ratio(c.revenuePerSpend(), l), 90));
        t.getColumns().add(money(i18n, "marketing.col.dip", CampaignImpact::dipRevenue, 110));
        // beside the forecast baseline: the synthetic control's increment and the halo on the untouched channels ("–": none)
        t.getColumns().add(number(i18n, "marketing.col.synthetic", c -> c.synthetic() == null ? Double.NaN : c.synthetic().revenue().incremental(),
                (c, l) -> c.synthetic() == null ? "–" : yuan(c.synthetic().revenue().incremental(), l), 130));
        t.getColumns().add(number(i18n, "marketing.col.halo", c -> c.halo() == null ? Double.NaN : c.halo().revenue().incremental(),
                (c, l) -> c.halo() == null ? "–" : yuan(c.halo().revenue().incremental(), l), 110));
        t.setPlaceholder(new javafx.scene.control.Label());
        // amounts are formatted per cell (万 in Chinese): redrawn when the language switches
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    static TableView<MarketingViewModel.AttributionRow> attribution(I18n i18n, javafx.collections.ObservableList<MarketingViewModel.AttributionRow> rows) {
        TableView<MarketingViewModel.AttributionRow> t = new TableView<>(rows);
        t.setId("marketing-attribution");
        t.getColumns().add(text(i18n, "marketing.col.channel", MarketingViewModel.AttributionRow::channel, 105));
        AttributionModel[] models = AttributionModel.values();
        for (int m = 0; m < models.length; m++) {
            int i = m;
            t.getColumns().add(number(i18n, modelKey(models[m]), r -> r.conversions()[i],
                    (r, l) -> String.format(l, "%,.1f", r.conversions()[i]), 82));
        }
        t.getColumns().add(number(i18n, "marketing.col.removal", r -> r.removalEffect() == null ? Double.NaN : r.removalEffect(),
                (r, l) -> Format.percent(r.removalEffect() == null ? OptionalDouble.empty() : OptionalDouble.of(r.removalEffect()), l), 100));
        t.setPlaceholder(new javafx.scene.control.Label());
        // amounts are formatted per cell (万 in Chinese): redrawn when the language switches
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** The bundle key naming a model; written out so the bundle test sees every key. */
    static String modelKey(AttributionModel m) {
        return switch (m) {
            case FIRST -> "marketing.model.first";
            case LAST -> "marketing.model.last";
            case LINEAR -> "marketing.model.linear";
            case TIME_DECAY -> "marketing.model.time.decay";
            case POSITION -> "marketing.model.position";
            case MARKOV -> "marketing.model.markov";
            case SHAPLEY -> "marketing.model.shapley";
        };
    }

    static List<org.salestrack.report.TableColumn> exportColumns(I18n i18n) {
        return List.of(org.salestrack.report.TableColumn.text(i18n.get("marketing.col.campaign")),
                org.salestrack.report.TableColumn.text(i18n.get("marketing.col.name")),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.starts"), Type.DATE),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.ends"), Type.DATE),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.spend"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.baseline"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.actual"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.incremental"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.low"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.high"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.roi"), Type.DECIMAL),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.revenue.per.spend"), Type.DECIMAL),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.dip"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.synthetic"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.synthetic.low"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.synthetic.high"), Type.MONEY),
                org.salestrack.report.TableColumn.of(i18n.get("marketing.col.halo"), Type.MONEY));
    }

    static List<List<Object>> exportRows(List<CampaignImpact> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (CampaignImpact c : rows) {
            List<Object> r = new ArrayList<>();
            r.add(c.code());
            r.add(c.name());
            r.add(c.starts());
            r.add(c.ends());
            r.add(c.spend());
            r.add(money(c.revenue().baseline()));
            r.add(money(c.revenue().actual()));
            r.add(money(c.revenue().incremental()));
            r.add(money(c.revenue().incrementalLow()));
            r.add(money(c.revenue().incrementalHigh()));
            r.add(c.roi());
            r.add(c.revenuePerSpend());
            r.add(money(c.dipRevenue()));
            CampaignImpact.Synthetic sc = c.synthetic();
            r.add(sc == null ? null : money(sc.revenue().incremental()));
            r.add(sc == null ? null : money(sc.revenue().incrementalLow()));
            r.add(sc == null ? null : money(sc.revenue().incrementalHigh()));
            r.add(c.halo() == null ? null : money(c.halo().revenue().incremental()));
            out.add(r);
        }
        return out;
    }

    /** Negative amounts read -¥1,234.00, not ¥-1,234.00. */
    static String yuan(double v, Locale l) {
        long e4 = Money.e4OfYuan(v);
        return e4 < 0 ? "-" + Format.money(-e4, l) : Format.money(e4, l);
    }

    /** In a column whose largest amount is {@code max} yuan: exact in English, the column's 万/亿 unit in Chinese. */
    static String yuan(double v, double max, Locale l) {
        long e4 = Money.e4OfYuan(v);
        String abs = Format.moneyInColumn(Math.abs(e4), Money.e4OfYuan(max), l);
        return e4 < 0 ? "-" + abs : abs;
    }

    static String ratio(Double v, Locale l) { return v == null ? "–" : String.format(l, "%.2f", v); }

    private static BigDecimal money(double v) { return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP); }

    static <T> TableColumn<T, String> text(I18n i18n, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @SuppressWarnings("unchecked")
    static <T> TableColumn<T, Number> money(I18n i18n, String key, Function<T, Double> value, double width) {
        TableColumn<T, Number>[] self = new TableColumn[1];
        self[0] = number(i18n, key, value, (r, l) -> {
            javafx.scene.control.TableView<T> table = self[0].getTableView();
            double max = table == null ? Math.abs(value.apply(r)) : table.getItems().stream().mapToDouble(x -> Math.abs(value.apply(x))).max().orElse(0);
            return yuan(value.apply(r), max, l);
        }, width);
        return self[0];
    }

    /** A column sorted by {@code value} and shown as {@code shown} gives it in the UI language. */
    static <T> TableColumn<T, Number> number(I18n i18n, String key, Function<T, Double> value,
                                                      java.util.function.BiFunction<T, Locale, String> shown, double width) {
        TableColumn<T, Number> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : shown.apply(row, i18n.locale()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        return c;
    }
}
