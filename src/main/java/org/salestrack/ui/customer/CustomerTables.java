package org.salestrack.ui.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.model.customer.CustomerDay;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/** The customer lists (a cell's customers, win-back, high value) and a customer's history, with their export columns. */
final class CustomerTables {
    private CustomerTables() {}

    static TableView<CustomerProfile> profiles(I18n i18n, String id, ObservableList<CustomerProfile> rows) {
        TableView<CustomerProfile> t = new TableView<>(rows);
        t.setId(id);
        t.getColumns().add(column(i18n, "customers.col.customer", p -> p.customer(), 170));
        t.getColumns().add(column(i18n, "customers.col.first", p -> p.first().toString(), 95));
        t.getColumns().add(column(i18n, "customers.col.last", p -> p.last().toString(), 95));
        t.getColumns().add(column(i18n, "customers.col.purchases", p -> Format.units(p.purchases(), i18n.locale()), 80));
        t.getColumns().add(column(i18n, "customers.col.units", p -> Format.units(p.units(), i18n.locale()), 70));
        t.getColumns().add(column(i18n, "customers.col.spend", p -> Format.money(p.spendE4(), i18n.locale()), 120));
        t.getColumns().add(column(i18n, "customers.col.favourite", p -> nz(p.favouriteCategory()), 90));
        t.getColumns().add(column(i18n, "customers.col.categories", p -> String.join(" ", p.categories()), 130));
        t.getColumns().add(column(i18n, "customers.col.channels", p -> String.join(" ", p.channels()), 150));
        t.setPlaceholder(new javafx.scene.control.Label());
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    static TableView<CustomerDay> history(I18n i18n, ObservableList<CustomerDay> rows) {
        TableView<CustomerDay> t = new TableView<>(rows);
        t.setId("customers-history");
        t.getColumns().add(column(i18n, "customers.col.day", d -> d.day().toString(), 95));
        t.getColumns().add(column(i18n, "customers.col.category", d -> nz(d.category()), 90));
        t.getColumns().add(column(i18n, "customers.col.channel", d -> nz(d.channel()), 110));
        t.getColumns().add(column(i18n, "customers.col.units", d -> Format.units(d.units(), i18n.locale()), 70));
        t.getColumns().add(column(i18n, "customers.col.spend", d -> Format.money(d.amountE4(), i18n.locale()), 120));
        t.setPlaceholder(new javafx.scene.control.Label());
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** The export's columns, typed: ids as text, dates as dates, money as money. */
    static List<org.salestrack.report.TableColumn> exportColumns(I18n i18n) {
        return List.of(org.salestrack.report.TableColumn.text(i18n.get("customers.col.customer")),
                org.salestrack.report.TableColumn.of(i18n.get("customers.col.first"), Type.DATE),
                org.salestrack.report.TableColumn.of(i18n.get("customers.col.last"), Type.DATE),
                org.salestrack.report.TableColumn.of(i18n.get("customers.col.purchases"), Type.INTEGER),
                org.salestrack.report.TableColumn.of(i18n.get("customers.col.units"), Type.INTEGER),
                org.salestrack.report.TableColumn.of(i18n.get("customers.col.spend"), Type.MONEY_E4),
                org.salestrack.report.TableColumn.text(i18n.get("customers.col.favourite")),
                org.salestrack.report.TableColumn.text(i18n.get("customers.col.categories")),
                org.salestrack.report.TableColumn.text(i18n.get("customers.col.channels")));
    }

    static List<List<Object>> exportRows(List<CustomerProfile> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (CustomerProfile p : rows) {
            out.add(List.of(p.customer(), p.first(), p.last(), (long) p.purchases(), p.units(), p.spendE4(), nz(p.favouriteCategory()),
                    String.join(" ", p.categories()), String.join(" ", p.channels())));
        }
        return out;
    }

    private static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String nz(String s) { return s == null || s.isEmpty() ? "–" : s; }
}
