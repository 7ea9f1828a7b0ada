package org.salestrack.ui.forecast;

import java.time.YearMonth;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.forecast.launch.LaunchCases;
import org.salestrack.forecast.launch.LaunchForecaster;

/**
 * The launch tab's state: the chosen series' launch case (null when it is no launch), the products that can lend it
 * their launch curve, the ones the analyst picked (its predecessors at first), the method and the planned coverage
 * against the analogues'.
 */
public final class LaunchModel {
    final ObjectProperty<LaunchCases.Case> launch = new SimpleObjectProperty<>();
    final ObservableList<LaunchCases.Option> options = FXCollections.observableArrayList();
    final ObservableList<String> picked = FXCollections.observableArrayList();
    final ObjectProperty<LaunchForecaster.Method> method = new SimpleObjectProperty<>(LaunchForecaster.Method.ANALOGY);
    final DoubleProperty coverage = new SimpleDoubleProperty(1.0);
    /** the month the series' history ends with: the launch forecast's step 1 is the month after */
    YearMonth last;

    LaunchModel() {}

    /** A new series: its case with the predecessors picked, the analogy method and the analogues' coverage. */
    void show(LaunchCases.Case c, YearMonth lastMonth) {
        last = lastMonth;
        method.set(LaunchForecaster.Method.ANALOGY);
        coverage.set(1.0);
        options.setAll(c == null ? List.of() : c.options());
        picked.setAll(c == null ? List.of() : c.defaults());
        launch.set(c);
    }

    /** Picks or drops one analogue, keeping the options' order. */
    public void pick(String product, boolean on) {
        if (on == picked.contains(product)) return;
        List<String> next = options.stream().map(LaunchCases.Option::product)
                .filter(p -> p.equals(product) ? on : picked.contains(p)).toList();
        picked.setAll(next);
    }

    public ObjectProperty<LaunchCases.Case> launchProperty() { return launch; }

    public ObservableList<LaunchCases.Option> options() { return options; }

    public ObservableList<String> picked() { return picked; }

    public ObjectProperty<LaunchForecaster.Method> methodProperty() { return method; }

    public DoubleProperty coverageProperty() { return coverage; }

    Observable[] inputs() { return new Observable[] {picked, method, coverage}; }
}
