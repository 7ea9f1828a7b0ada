package org.salestrack.ui.chart;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import java.util.function.DoubleFunction;

/** A colour ramp with its low and high values, for heat maps. */
public final class Legend extends HBox {
    private final Label low = new Label();
    private final Label high = new Label();
    private final Region ramp = new Region();

    public Legend() {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("legend");
        ramp.setPrefSize(140, 10);
        ramp.setMaxHeight(10);
        getChildren().addAll(low, ramp, high);
    }

    public void show(ColorScale scale, DoubleFunction<String> format) {
        int n = 9;
        Stop[] stops = new Stop[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) (n - 1);
            stops[i] = new Stop(t, scale.color(scale.min() + t * (scale.max() - scale.min())));
        }
        ramp.setBackground(new Background(new BackgroundFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops), null, null)));
        low.setText(format.apply(scale.min()));
        high.setText(format.apply(scale.max()));
    }
}
