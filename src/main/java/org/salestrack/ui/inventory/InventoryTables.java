package org.salestrack.ui.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.model.Provinces;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.ui.I18n;

/** The Inventory screen's tables and the purchase-order list's export columns and rows. */
final class InventoryTables {
    private InventoryTables() {}

    static TableView<ReplenishmentLine> replenishment(I18n i18n, javafx.collections.ObservableList<ReplenishmentLine> rows) {
        TableView<ReplenishmentLine> t = new TableView<>(rows);
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        t.setId("inventory-replenishment");
        t.getColumns().add(text(i18n, "inventory.col.location", ReplenishmentLine::location, 80));
        t.getColumns().add(text(i18n, "inventory.col.province", r -> province(i18n, r.province()), 110));
        t.getColumns().add(text(i18n, "inventory.col.sku", ReplenishmentLine::sku, 110));
        t.getColumns().add(number(i18n, "inventory.col.on.hand", ReplenishmentLine::onHand, 0, 70));
        t.getColumns().add(number(i18n, "inventory.col.lead.time", r -> (long) r.leadTimeDays(), 0, 110));
        t.getColumns().add(number(i18n, "inventory.col.demand.lt", ReplenishmentLine::demandLt, 0, 150));
        t.getColumns().add(number(i18n, "inventory.col.safety.stock", ReplenishmentLine::safetyStock, 0, 100));
        t.getColumns().add(number(i18n, "inventory.col.reorder.point", ReplenishmentLine::reorderPoint, 0, 100));
        t.getColumns().add(number(i18n, "inventory.col.order.qty", ReplenishmentLine::orderQty, 0, 80));
        t.setPlaceholder(new javafx.scene.control.Label());
        return t;
    }

    static TableView<SlowMover> slowMovers(I18n i18n, javafx.collections.ObservableList<SlowMover> rows) {
        TableView<SlowMover> t = new TableView<>(rows);
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        t.setId("inventory-slow-movers");
        t.getColumns().add(text(i18n, "inventory.col.sku", SlowMover::sku, 110));
        // 东北 reads Northeast in the English UI, as the filters and the explorer say it
        t.getColumns().add(text(i18n, "inventory.col.region", m -> org.salestrack.ui.MemberNames.of(org.salestrack.model.Dimension.REGION,
                m.region(), m.region(), i18n), 60));
        t.getColumns().add(text(i18n, "inventory.col.stage", m -> i18n.get("inventory.stage." + m.stage().name().toLowerCase(Locale.ROOT)), 70));
        t.getColumns().add(number(i18n, "inventory.col.weeks.below", m -> (long) m.slowWeeks(), 0, 95));
        t.getColumns().add(number(i18n, "inventory.col.ratio", m -> m.ratio() * 100, 0, 95));
        t.getColumns().add(text(i18n, "inventory.col.action", m -> i18n.get("inventory.action." + m.action().name().toLowerCase(Locale.ROOT)), 190));
        t.getColumns().add(text(i18n, "inventory.col.reason", m -> i18n.get(m.reason(), m.reason().english()), 420));
        t.setPlaceholder(new javafx.scene.control.Label());
        return t;
    }

    static TableView<Transfer> transfers(I18n i18n, javafx.collections.ObservableList<Transfer> rows) {
        TableView<Transfer> t = new TableView<>(rows);
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        t.setId("inventory-transfers");
        t.getColumns().add(text(i18n, "inventory.col.from", r -> province(i18n, r.from()), 120));
        t.getColumns().add(text(i18n, "inventory.col.to", r -> province(i18n, r.to()), 120));
        t.getColumns().add(text(i18n, "inventory.col.sku", Transfer::sku, 110));
        t.getColumns().add(number(i18n, "inventory.col.units", Transfer::units, 0, 70));
        t.getColumns().add(number(i18n, "inventory.col.cost", Transfer::cost, 2, 90));
        t.setPlaceholder(new javafx.scene.control.Label());
        return t;
    }

    /** The purchase-order list's columns, named in the user's language. */
    static List<org.salestrack.report.TableColumn> orderColumns(I18n i18n) {
        return List.of(org.salestrack.report.TableColumn.text(i18n.get("inventory.col.location")),
                org.salestrack.report.TableColumn.text(i18n.get("inventory.col.province")),
                org.salestrack.report.TableColumn.text(i18n.get("inventory.col.sku")),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.on.hand"), org.salestrack.report.TableColumn.Type.INTEGER),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.in.transit"), org.salestrack.report.TableColumn.Type.INTEGER),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.lead.time"), org.salestrack.report.TableColumn.Type.INTEGER),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.demand.lt"), org.salestrack.report.TableColumn.Type.DECIMAL),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.safety.stock"), org.salestrack.report.TableColumn.Type.DECIMAL),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.reorder.point"), org.salestrack.report.TableColumn.Type.DECIMAL),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.order.up.to"), org.salestrack.report.TableColumn.Type.DECIMAL),
                org.salestrack.report.TableColumn.of(i18n.get("inventory.col.order.qty"), org.salestrack.report.TableColumn.Type.INTEGER));
    }

    static List<List<Object>> orderRows(I18n i18n, List<ReplenishmentLine> lines) {
        List<List<Object>> out = new ArrayList<>();
        for (ReplenishmentLine l : lines) {
            out.add(List.of(l.location(), province(i18n, l.province()), l.sku(), l.onHand(), l.inTransit(), (long) l.leadTimeDays(),
                    round(l.demandLt()), round(l.safetyStock()), round(l.reorderPoint()), round(l.orderUpTo()), l.orderQty()));
        }
        return out;
    }

    private static java.math.BigDecimal round(double v) { return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP); }

    static String province(I18n i18n, String code) {
        return org.salestrack.ui.MemberNames.of(org.salestrack.model.Dimension.PROVINCE, code,
                Provinces.get().byCode(code).map(p -> p.nameZh()).orElse(code), i18n);
    }

    private static <T> TableColumn<T, String> text(I18n i18n, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A numeric column: sorts by the number, shows it in the user's locale. */
    private static <T, N extends Number & Comparable<N>> TableColumn<T, Number> number(I18n i18n, String key, Function<T, N> value, int decimals,
                                                                                       double width) {
        TableColumn<T, Number> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setText(null);
                    return;
                }
                java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(i18n.locale());
                f.setMinimumFractionDigits(decimals);
                f.setMaximumFractionDigits(decimals);
                setText(f.format(n.doubleValue()));
                // units read as whole units; a planned quantity (demand over the lead time, safety stock) keeps its decimals on hover
                double v = n.doubleValue();
                setTooltip(decimals == 0 && v != Math.rint(v) ? new javafx.scene.control.Tooltip(String.format(i18n.locale(), "%,.2f", v)) : null);
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        return c;
    }
}
