package org.salestrack.ui.feedback;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.salestrack.analytics.feedback.Aspect;
import org.salestrack.analytics.feedback.FeedbackOverview;
import org.salestrack.ui.Format;
import org.salestrack.ui.chart.ColorScale;

/**
 * The aspect x model heat map: each cell the share of a model's reviews naming an aspect that complain
 * about it (deeper red, more complaints); a click on a cell reports its aspect and model. Cells are
 * {@code feedback-cell-<aspect>-<model column>}.
 */
final class AspectGrid extends GridPane {
    private static final Color LOW = Color.web("#f4f5f7");
    private static final Color HIGH = Color.web("#b03a2e");
    private BiConsumer<String, String> onPick = (a, m) -> { };

    AspectGrid() {
        getStyleClass().add("matrix");
        setHgap(1);
        setVgap(1);
    }

    void setOnPick(BiConsumer<String, String> handler) { this.onPick = handler; }

    void show(FeedbackOverview o, List<Aspect> aspects, FeedbackViewModel.Pick picked, Locale l, boolean chinese) {
        getChildren().clear();
        if (o == null) return;
        List<String> models = o.models();
        for (int j = 0; j < models.size(); j++) {
            Label h = new Label(models.get(j).isEmpty() ? "–" : models.get(j));
            h.getStyleClass().add("matrix-header");
            h.setWrapText(true);
            h.setMaxWidth(72);
            add(h, j + 1, 0);
        }
        for (int i = 0; i < aspects.size(); i++) {
            Aspect a = aspects.get(i);
            String name = chinese ? a.nameZh() : a.nameEn();
            Label row = new Label(name);
            row.getStyleClass().add("matrix-row");
            add(row, 0, i + 1);
            for (int j = 0; j < models.size(); j++) {
                String model = models.get(j);
                FeedbackOverview.Cell c = o.cell(a.id(), model);
                double share = c.share();
                Label cell = new Label(Double.isNaN(share) ? "" : Format.percent(OptionalDouble.of(share), l));
                cell.setId("feedback-cell-" + a.id() + "-" + j);
                cell.getStyleClass().add("matrix-cell");
                cell.setMinSize(52, 22);
                cell.setPrefSize(72, 24);
                cell.setAlignment(Pos.CENTER);
                Color fill = Double.isNaN(share) ? LOW : LOW.interpolate(HIGH, Math.min(1, share));
                boolean isPicked = picked != null && picked.aspect().equals(a.id()) && picked.model().equals(model);
                cell.setStyle("-fx-background-color: " + ColorScale.css(fill) + "; -fx-text-fill: " + ColorScale.css(ColorScale.textOn(fill))
                        + ";" + (isPicked ? " -fx-border-color: #1f2933; -fx-border-width: 2;" : ""));
                Tooltip.install(cell, new Tooltip(name + " · " + model + "\n" + c.complaints() + " / " + c.mentions()));
                cell.setOnMouseClicked(e -> onPick.accept(a.id(), model));
                add(cell, j + 1, i + 1);
            }
        }
    }
}
