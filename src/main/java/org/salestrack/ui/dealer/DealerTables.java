package org.salestrack.ui.dealer;

import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.model.dealer.BalanceLine;
import org.salestrack.model.dealer.DealerBalance;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/** The ranking (sortable by every column: cells hold the figures, text is only how they show) and the balance table, with the export. */
final class DealerTables {
    private DealerTables() {}

    static TableView<DealerRow> ranking(I18n i18n, ObservableList<DealerRow> rows) {
        TableView<DealerRow> t = new TableView<>();
        javafx.collections.transformation.SortedList<DealerRow> sorted = new javafx.collections.transformation.SortedList<>(rows);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setItems(sorted);
        t.setId("dealers-ranking");
        t.getColumns().add(column(i18n, "dealers.col.dealer", r -> r.code(), Object::toString, 60, "dealer"));
        t.getColumns().add(column(i18n, "dealers.col.name", r -> r.card().dealer().name(), Object::toString, 150, "name"));
        t.getColumns().add(column(i18n, "dealers.col.tier", r -> r.card().dealer().tier(), Object::toString, 45, "tier"));
        t.getColumns().add(column(i18n, "dealers.col.grade", r -> r.grade().name(), Object::toString, 55, "grade"));
        // in Chinese a column of amounts reads in 万 (¥180.1万), one unit for the whole column
        t.getColumns().add(column(i18n, "dealers.col.sales", r -> r.card().salesE4(),
                v -> Format.moneyInColumn(v, max(rows, r -> r.card().salesE4()), i18n.locale()), 115, "sales"));
        t.getColumns().add(column(i18n, "dealers.col.growth", r -> ratio(r.card().growthYear()), v -> pct(v, i18n, true), 75, "growth"));
        t.getColumns().add(column(i18n, "dealers.col.attainment", r -> ratio(r.card().attainment()), v -> pct(v, i18n, false), 85, "attainment"));
        t.getColumns().add(column(i18n, "dealers.col.cover", r -> ratio(r.card().weeksCover()),
                v -> Double.isNaN(v) ? "–" : String.format(i18n.locale(), "%.1f", v), 70, "cover"));
        t.getColumns().add(column(i18n, "dealers.col.rebate", r -> r.rebate().total(), v -> Format.moneyInColumn(Money.roundedE4(v),
                max(rows, r -> Money.roundedE4(r.rebate().total())), i18n.locale()), 105, "rebate"));
        t.setPlaceholder(new javafx.scene.control.Label());
        // amounts in 万 and percentages are formatted per cell: redrawn when the language switches
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    private static long max(List<DealerRow> rows, java.util.function.ToLongFunction<DealerRow> e4) {
        return rows.stream().mapToLong(r -> Math.abs(e4.applyAsLong(r))).max().orElse(0);
    }

    /** Missing ratios sort below every figure. */
    private static Double ratio(Double v) { return v == null ? Double.NaN : v; }

    private static String pct(Double v, I18n i18n, boolean signed) {
        if (v == null || Double.isNaN(v)) return "–";
        return signed ? Format.signedPercent(OptionalDouble.of(v), i18n.locale()) : Format.percent(OptionalDouble.of(v), i18n.locale());
    }

    private static <T extends Comparable<T>> TableColumn<DealerRow, T> column(I18n i18n, String key, Function<DealerRow, T> value,
                                                                           Function<T, String> text, double width, String id) {
        TableColumn<DealerRow, T> c = org.salestrack.ui.Controls.sortedColumn(i18n, key, value, text, width);
        c.setId("dealers-col-" + id);
        return c;
    }

    static TableView<BalanceLine> balance(I18n i18n) {
        TableView<BalanceLine> t = new TableView<>();
        t.setId("dealers-balance");
        t.getColumns().add(text(i18n, "dealers.col.month", b -> b.month().toString(), 80));
        t.getColumns().add(text(i18n, "dealers.col.sell.in", b -> Format.units(b.sellIn(), i18n.locale()), 80));
        t.getColumns().add(text(i18n, "dealers.col.sell.out", b -> Format.units(b.sellOut(), i18n.locale()), 80));
        t.getColumns().add(text(i18n, "dealers.col.stock.change", b -> String.format(i18n.locale(), "%+d", b.stockChange()), 90));
        t.getColumns().add(text(i18n, "dealers.col.gap", b -> String.format(i18n.locale(), "%+d", b.gap()), 70));
        t.getColumns().add(text(i18n, "dealers.col.cover", b -> b.weeksCover() == null ? "–" : String.format(i18n.locale(), "%.1f", b.weeksCover()), 80));
        TableColumn<BalanceLine, String> flag = new TableColumn<>();
        flag.textProperty().bind(i18n.bind("dealers.col.flag"));
        flag.setPrefWidth(280);
        t.getColumns().add(flag);
        t.setPlaceholder(new javafx.scene.control.Label());
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** The flag column needs the balance's flags and findings, which change with the dealer. */
    @SuppressWarnings("unchecked")
    static void showBalance(TableView<BalanceLine> t, DealerBalance b, I18n i18n) {
        TableColumn<BalanceLine, String> flag = (TableColumn<BalanceLine, String>) t.getColumns().get(t.getColumns().size() - 1);
        flag.setCellValueFactory(cd -> {
            BalanceLine m = cd.getValue();
            String f = i18n.get(switch (b.flags().get(m.month())) {
                case STUFFING -> "dealers.flag.stuffing";
                case DESTOCKING -> "dealers.flag.destocking";
                case DEFICIT -> "dealers.flag.deficit";
                case BALANCED -> "dealers.flag.balanced";
            });
            Long finding = b.findings().get(m.month());
            return new ReadOnlyObjectWrapper<>(finding == null ? f : i18n.get("dealers.flag.finding", f, finding));
        });
        t.getItems().setAll(b == null ? List.of() : b.months());
        // the latest months are the ones asked about
        if (!t.getItems().isEmpty()) t.scrollTo(t.getItems().size() - 1);
    }

    private static TableColumn<BalanceLine, String> text(I18n i18n, String key, Function<BalanceLine, String> value, double width) {
        TableColumn<BalanceLine, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static List<org.salestrack.report.TableColumn> exportColumns(I18n i18n) {
        List<org.salestrack.report.TableColumn> c = new ArrayList<>();
        c.add(org.salestrack.report.TableColumn.text(i18n.get("dealers.col.dealer")));
        c.add(org.salestrack.report.TableColumn.text(i18n.get("dealers.col.name")));
        c.add(org.salestrack.report.TableColumn.text(i18n.get("dealers.col.tier")));
        c.add(org.salestrack.report.TableColumn.text(i18n.get("dealers.col.grade")));
        c.add(org.salestrack.report.TableColumn.of(i18n.get("dealers.col.sales"), Type.MONEY_E4));
        c.add(org.salestrack.report.TableColumn.of(i18n.get("dealers.col.growth"), Type.PERCENT));
        c.add(org.salestrack.report.TableColumn.of(i18n.get("dealers.col.attainment"), Type.PERCENT));
        c.add(org.salestrack.report.TableColumn.of(i18n.get("dealers.col.cover"), Type.DECIMAL));
        c.add(org.salestrack.report.TableColumn.of(i18n.get("dealers.col.rebate"), Type.MONEY));
        return c;
    }

    /** In the table's current order. */
    static List<List<Object>> exportRows(List<DealerRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (DealerRow r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(r.code());
            row.add(r.card().dealer().name());
            row.add(r.card().dealer().tier());
            row.add(r.grade().name());
            row.add(r.card().salesE4());
            row.add(r.card().growthYear());
            row.add(r.card().attainment());
            row.add(r.card().weeksCover());
            row.add((BigDecimal) r.rebate().total());
            out.add(row);
        }
        return out;
    }
}
