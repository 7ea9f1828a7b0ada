package org.salestrack.ui.customer;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.salestrack.model.customer.RfmSegment;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.chart.ColorScale;

/**
 * The 5 x 5 recency x frequency grid (recency 5 at the top, frequency 5 on the right), each cell coloured
 * by its customers or spend and labelled with its segment; a click picks the cell, a second click on it
 * lets it go.
 */
final class RfmGrid extends GridPane {
    private final I18n i18n;
    private BiConsumer<Integer, Integer> onPick = (r, f) -> {};

    RfmGrid(I18n i18n) {
        this.i18n = i18n;
        setId("customers-rfm-grid");
        getStyleClass().add("matrix");
        setHgap(2);
        setVgap(2);
    }

    void setOnPick(BiConsumer<Integer, Integer> handler) { this.onPick = handler; }

    void show(long[][] customers, long[][] spendE4, boolean bySpend, int[] picked) {
        getChildren().clear();
        Locale l = i18n.locale();
        double max = 0;
        for (int r = 0; r < 5; r++) for (int f = 0; f < 5; f++) max = Math.max(max, bySpend ? spendE4[r][f] : customers[r][f]);
        ColorScale scale = ColorScale.sequential(0, Math.max(max, 1));
        for (int f = 1; f <= 5; f++) add(header("F" + f), f, 0);
        for (int r = 5; r >= 1; r--) {
            int row = 6 - r;
            add(header("R" + r), 0, row);
            for (int f = 1; f <= 5; f++) {
                long n = customers[r - 1][f - 1];
                long spend = spendE4[r - 1][f - 1];
                RfmSegment seg = RfmSegment.of(r, f);
                Label cell = new Label(Format.units(n, l) + "\n" + CustomerLabels.segment(i18n, seg));
                cell.setId("customers-rfm-" + r + "-" + f);
                cell.getStyleClass().add("rfm-cell");
                cell.setAlignment(Pos.CENTER);
                cell.setWrapText(true);
                cell.setMinSize(96, 46);
                cell.setPrefSize(112, 50);
                Color c = scale.color((double) (bySpend ? spend : n));
                boolean dark = c.getBrightness() < 0.6;
                boolean isPicked = picked != null && picked[0] == r && picked[1] == f;
                cell.setStyle("-fx-background-color: " + ColorScale.css(c) + "; -fx-text-fill: " + (dark ? "white" : "#1d2733") + ";"
                        + (isPicked ? " -fx-border-color: #f39c12; -fx-border-width: 3;" : ""));
                Tooltip.install(cell, new Tooltip(i18n.get("customers.rfm.tip", r, f, CustomerLabels.segment(i18n, seg), Format.units(n, l),
                        Format.money(spend, l))));
                int rr = r;
                int ff = f;
                cell.setOnMouseClicked(e -> onPick.accept(rr, ff));
                add(cell, f, row);
            }
        }
    }

    private static Label header(String text) {
        Label h = new Label(text);
        h.getStyleClass().add("matrix-header");
        h.setMinWidth(28);
        h.setAlignment(Pos.CENTER);
        return h;
    }
}
