package org.salestrack.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.model.ScenarioComparison;
import org.salestrack.model.ScenarioComparisonRow;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.I18n;
import static org.salestrack.ui.reports.TableViewExport.exports;

/** The screen's three tables (models, forecast, scenario comparison) and their typed export. */
final class ForecastTables {
    /** One forecast period as the table shows it. */
    record Row(String period, double mean, double p10, double p50, double p90, double scenario) {}

    private ForecastTables() {}

    static TableView<ModelRun> models(I18n i18n) {
        TableView<ModelRun> t = new TableView<>();
        t.setId("forecast-models");
        t.getColumns().add(text(i18n, "forecast.col.key", r -> ModelNames.key(i18n, r.key()), 140));
        TableColumn<ModelRun, String> name = text(i18n, "forecast.col.model", r -> ModelNames.name(i18n, r.name()), 260);
        // the notation's letters in words: ETS(A,N,A) is additive error, no trend, additive season
        name.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ModelRun r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                String notation = r == null ? "" : ModelNames.notation(i18n, r.name());
                // the whole name as well where the column cuts it (a combination of several models)
                String tip = empty || item == null ? "" : notation.isEmpty() ? item : notation.startsWith(item) ? notation : item + "\n" + notation;
                setTooltip(org.salestrack.ui.ColumnFit.tip(tip));
            }
        });
        t.getColumns().add(name);
        t.getColumns().add(exports(text(i18n, "forecast.col.mape", r -> acc(r, BacktestResult::mape, "%.1f"), 90), Type.DECIMAL, r -> accuracy(r, BacktestResult::mape)));
        t.getColumns().add(exports(text(i18n, "forecast.col.smape", r -> acc(r, BacktestResult::smape, "%.1f"), 90), Type.DECIMAL, r -> accuracy(r, BacktestResult::smape)));
        t.getColumns().add(exports(text(i18n, "forecast.col.mase", r -> acc(r, BacktestResult::mase, "%.2f"), 70), Type.DECIMAL, r -> accuracy(r, BacktestResult::mase)));
        t.getColumns().add(exports(text(i18n, "forecast.col.coverage", r -> acc(r, BacktestResult::coverage80, "%.0f"), 140), Type.DECIMAL,
                r -> accuracy(r, BacktestResult::coverage80)));
        t.getColumns().add(text(i18n, "forecast.col.parameters", r -> ModelNames.parameters(i18n, r.parameters()), 420));
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    static TableView<Row> forecast(I18n i18n) {
        TableView<Row> t = new TableView<>();
        t.setId("forecast-table");
        t.getColumns().add(text(i18n, "forecast.col.period", Row::period, 90));
        t.getColumns().add(exports(text(i18n, "forecast.col.mean", r -> num(r.mean()), 100), Type.INTEGER, r -> units(r.mean())));
        t.getColumns().add(exports(text(i18n, "forecast.col.p10", r -> num(r.p10()), 100), Type.INTEGER, r -> units(r.p10())));
        t.getColumns().add(exports(text(i18n, "forecast.col.p50", r -> num(r.p50()), 100), Type.INTEGER, r -> units(r.p50())));
        t.getColumns().add(exports(text(i18n, "forecast.col.p90", r -> num(r.p90()), 100), Type.INTEGER, r -> units(r.p90())));
        t.getColumns().add(exports(text(i18n, "forecast.col.scenario", r -> num(r.scenario()), 110), Type.INTEGER, r -> units(r.scenario())));
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** Rebuilds the comparison's columns: period, base, then one per scenario. */
    static void showComparison(TableView<ScenarioComparisonRow> t, ScenarioComparison c, I18n i18n) {
        t.getColumns().clear();
        t.getItems().clear();
        if (c == null) return;
        t.getColumns().add(text(i18n, "forecast.col.period", ScenarioComparisonRow::period, 90));
        t.getColumns().add(exports(text(i18n, "forecast.col.base", r -> num(r.base()), 100), Type.INTEGER, r -> units(r.base())));
        for (int k = 0; k < c.scenarioNames().size(); k++) {
            int index = k;
            TableColumn<ScenarioComparisonRow, String> col = new TableColumn<>(c.scenarioNames().get(k));
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(num(d.getValue().scenarios().get(index))
                    + String.format(Locale.ROOT, " (%+.1f%%)", d.getValue().relativeDifference(index) * 100)));
            col.setPrefWidth(150);
            // the scenario's units; its difference from the base is the base column beside it
            t.getColumns().add(exports(col, Type.INTEGER, r -> units(r.scenarios().get(index))));
        }
        t.getItems().setAll(c.rows());
        t.getItems().add(c.totals());
    }

    /** The forecast table's columns and rows for {@code XlsxExport}, numbers kept as numbers. */
    static List<org.salestrack.report.TableColumn> exportColumns(I18n i18n) {
        List<org.salestrack.report.TableColumn> cols = new ArrayList<>();
        cols.add(org.salestrack.report.TableColumn.text(i18n.get("forecast.col.period")));
        for (String key : List.of("forecast.col.mean", "forecast.col.p10", "forecast.col.p50", "forecast.col.p90", "forecast.col.scenario")) {
            cols.add(org.salestrack.report.TableColumn.of(i18n.get(key), Type.INTEGER));
        }
        return cols;
    }

    static List<List<Object>> exportRows(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            List<Object> v = new ArrayList<>();
            v.add(r.period());
            for (double d : new double[] {r.mean(), r.p10(), r.p50(), r.p90(), r.scenario()}) v.add(units(d));
            out.add(v);
        }
        return out;
    }

    private static <T> TableColumn<T, String> text(I18n i18n, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        // a text longer than a column may grow (the parameters in words, in Chinese) shows whole on hover
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : org.salestrack.ui.ColumnFit.tip(item));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    private static String acc(ModelRun r, java.util.function.ToDoubleFunction<BacktestResult> f, String format) {
        if (r.accuracy() == null) return "–";
        double v = f.applyAsDouble(r.accuracy());
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "–";
    }

    /** A forecast as exported: whole units, empty where there is none. */
    static Long units(double v) { return Double.isFinite(v) ? Math.round(v) : null; }

    private static Double accuracy(ModelRun r, java.util.function.ToDoubleFunction<BacktestResult> f) {
        if (r.accuracy() == null) return null;
        double v = f.applyAsDouble(r.accuracy());
        return Double.isFinite(v) ? v : null;
    }

    /** Forecasts are of units: whole pieces. */
    static String num(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "–"; }
}
