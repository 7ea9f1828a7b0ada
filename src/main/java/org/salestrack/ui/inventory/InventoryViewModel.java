package org.salestrack.ui.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.ProvinceCover;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.task.Cancellation;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScreenLoad;
import org.salestrack.ui.StateManager;

/**
 * The Inventory screen's state: the report as of a day at a service level under the global geography and
 * product filters (recomputed in the background when any of them changes, a superseded run cancelled),
 * its rows for the tables, the weeks-of-cover matrix and the slow mover whose weeks are charted.
 */
public final class InventoryViewModel implements org.salestrack.ui.ScreenModel {
    private final InventoryService service;
    private final StateManager state;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> serviceLevel = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InventoryReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SlowMover> charted = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReplenishmentLine> replenishment = FXCollections.observableArrayList();
    private final ObservableList<SlowMover> slowMovers = FXCollections.observableArrayList();
    private final ObservableList<Transfer> transfers = FXCollections.observableArrayList();
    private final InvalidationListener onChange = o -> reload();
    private final ScreenLoad loads;

    public InventoryViewModel(InventoryService service, StateManager state, RequestScheduler requests, TaskExecutor tasks) {
        this.service = service;
        this.state = state;
        this.loads = new ScreenLoad(requests, tasks);
        state.sliceProperty().addListener(onChange);
        asOf.addListener(onChange);
        serviceLevel.addListener(onChange);
    }

    /** Weeks of cover per province x SKU: stock over weekly demand, summed over the province's locations. */
    public record CoverMatrix(List<String> provinces, List<String> skus, double[][] weeks) {}

    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }

    public ObjectProperty<Double> serviceLevelProperty() { return serviceLevel; }

    public ReadOnlyObjectProperty<InventoryReport> reportProperty() { return report.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return loads.busyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return loads.errorProperty(); }

    public ReadOnlyObjectProperty<SlowMover> chartedProperty() { return charted.getReadOnlyProperty(); }

    public ObservableList<ReplenishmentLine> replenishment() { return replenishment; }

    public ObservableList<SlowMover> slowMovers() { return slowMovers; }

    public ObservableList<Transfer> transfers() { return transfers; }

    /** The lines with something to order: the purchase-order list. */
    public List<ReplenishmentLine> purchaseOrders() {
        return replenishment.stream().filter(l -> l.orderQty() > 0).toList();
    }

    public void chart(SlowMover m) { charted.set(m); }

    /** Loads the workspace's service level and the last snapshot day, then the report. */
    @Override
    public void start() {
        loads.run("inventory", () -> new Object[] {service.parameters().serviceLevel(), service.lastSnapshot().orElse(null)}, r -> {
            serviceLevel.removeListener(onChange);
            serviceLevel.set((Double) r[0]);
            serviceLevel.addListener(onChange);
            LocalDate d = (LocalDate) r[1];
            if (d == null) report.set(null); else if (d.equals(asOf.get())) reload(); else asOf.set(d);
        });
    }

    public void reload() {
        LocalDate day = asOf.get();
        Double level = serviceLevel.get();
        if (day == null || level == null) return;
        Slice filter = state.slice();
        loads.run("inventory", () -> {
            InventoryParameters p = service.parameters().withServiceLevel(level);
            return service.report(day, p, filter, Cancellation.current());
        }, r -> {
            List<ReplenishmentLine> lines = new ArrayList<>(r.replenishment());
            lines.sort(java.util.Comparator.comparingLong(ReplenishmentLine::orderQty).reversed()
                    .thenComparing(ReplenishmentLine::location).thenComparing(ReplenishmentLine::sku));
            replenishment.setAll(lines);
            slowMovers.setAll(r.slowMovers());
            transfers.setAll(r.transfers());
            charted.set(r.slowMovers().isEmpty() ? null : r.slowMovers().get(0));
            // last: the view renders on the report and reads the lists above
            report.set(r);
        });
    }

    /** The cover matrix of the current report: provinces and SKUs that hold stock or sell, cover NaN where neither. */
    public CoverMatrix cover() {
        InventoryReport r = report.get();
        if (r == null) return new CoverMatrix(List.of(), List.of(), new double[0][0]);
        Map<String, Map<String, Double>> byProvince = new TreeMap<>();
        TreeSet<String> skus = new TreeSet<>();
        for (ProvinceCover c : r.cover()) {
            byProvince.computeIfAbsent(c.province(), k -> new TreeMap<>()).put(c.sku(), c.weeksOfCover());
            skus.add(c.sku());
        }
        List<String> provinces = new ArrayList<>(byProvince.keySet());
        List<String> skuList = new ArrayList<>(skus);
        double[][] weeks = new double[provinces.size()][skuList.size()];
        for (int i = 0; i < provinces.size(); i++) {
            for (int j = 0; j < skuList.size(); j++) weeks[i][j] = byProvince.get(provinces.get(i)).getOrDefault(skuList.get(j), Double.NaN);
        }
        return new CoverMatrix(provinces, skuList, weeks);
    }

    public void cancel() {
        loads.cancel();
    }

    @Override
    public void close() {
        state.sliceProperty().removeListener(onChange);
        asOf.removeListener(onChange);
        serviceLevel.removeListener(onChange);
        cancel();
    }

}
