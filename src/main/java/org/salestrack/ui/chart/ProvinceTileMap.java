package org.salestrack.ui.chart;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

/**
 * China as a tile grid (DESIGN.md "Maps"): one equal tile per province at its approximate position,
 * coloured by a value, with a tooltip and a click that reports the province code and name.
 */
public final class ProvinceTileMap extends GridPane {
    private static final double TILE = 60;
    private final Map<String, StackPane> tiles = new HashMap<>();
    private final Map<String, Label> names = new HashMap<>();
    private MarkClick onClick = (code, name, e) -> {};
    private boolean chinese;

    private final Map<String, String> baseTips = new java.util.HashMap<>();
    private final Map<String, Tooltip> tooltips = new java.util.HashMap<>();
    private Map<String, String> alertNotes = Map.of();

    public ProvinceTileMap() {
        getStyleClass().add("tile-map");
        setHgap(4);
        setVgap(4);
        setAlignment(javafx.geometry.Pos.CENTER);
        for (Province p : Provinces.get().all()) {
            Label name = new Label(p.nameEn());
            name.getStyleClass().add("tile-label");
            name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            StackPane tile = new StackPane(name);
            tile.setId("tile-" + p.code());
            tile.getStyleClass().add("tile");
            tile.setPrefSize(TILE, TILE);
            tile.setMinSize(TILE, TILE);
            tile.setAlignment(Pos.CENTER);
            tile.setOnMouseClicked(e -> onClick.clicked(p.code(), p.nameZh(), e));
            add(tile, p.tileCol(), p.tileRow());
            tiles.put(p.code(), tile);
            names.put(p.code(), name);
        }
    }

    public void setOnProvinceClicked(BiConsumer<String, String> handler) { this.onClick = (code, name, e) -> handler.accept(code, name); }

    /** Every click on a tile, any button, with its event (a ctrl-click adds, a right click opens a menu). */
    public void setOnProvinceMouse(MarkClick handler) { this.onClick = handler; }

    /** Names in Chinese (abbreviated) or English (short). */
    public void setChinese(boolean zh) {
        this.chinese = zh;
        for (Province p : Provinces.get().all()) names.get(p.code()).setText(shortName(p));
    }

    private String shortName(Province p) {
        if (chinese) return p.nameZh().length() > 3 ? p.nameZh().substring(0, 2) : p.nameZh();
        String en = p.nameEn();
        // whole names on two lines rather than "Heilongj." and "Inner Mo."
        if (en.length() <= 9) return en;
        int space = en.indexOf(' ');
        if (space > 0) return en.substring(0, space) + "\n" + en.substring(space + 1);
        int half = en.length() / 2 + 1;
        return en.substring(0, half) + "-\n" + en.substring(half);
    }

    /**
     * @param values value per province code (null or missing: no data)
     * @param tooltip text per province code
     */
    public void show(Map<String, Double> values, ColorScale scale, Map<String, String> tooltip) {
        for (Province p : Provinces.get().all()) {
            StackPane tile = tiles.get(p.code());
            Double v = values.get(p.code());
            Color c = scale.color(v);
            tile.setStyle("-fx-background-color: " + ColorScale.css(c) + ";");
            // inline, because the theme's label colour would win over setTextFill
            names.get(p.code()).setStyle("-fx-text-fill: " + ColorScale.css(ColorScale.textOn(c)) + ";");
            baseTips.put(p.code(), (chinese ? p.nameZh() : p.nameEn() + " " + p.nameZh()) + "\n" + tooltip.getOrDefault(p.code(), "–"));
            Tooltip t = new Tooltip(tipText(p.code()));
            tooltips.put(p.code(), t);
            t.setShowDelay(Duration.millis(150));
            Tooltip.install(tile, t);
        }
    }

    /**
     * Marks red the provinces an open alert covers, with {@code notes} (province code to what the alert says) added
     * to their tooltips; the others lose their mark. The marks stay across {@link #show}.
     */
    public void markAlerts(Map<String, String> notes) {
        alertNotes = Map.copyOf(notes);
        tiles.forEach((code, tile) -> {
            tile.getStyleClass().remove("alert");
            if (alertNotes.containsKey(code)) tile.getStyleClass().add("alert");
            Tooltip t = tooltips.get(code);
            if (t != null) t.setText(tipText(code));
        });
    }

    private String tipText(String code) {
        String base = baseTips.getOrDefault(code, "");
        String note = alertNotes.get(code);
        return note == null ? base : base + "\n" + note;
    }

    /** Marks the provinces in the current filter, and greys those left out. */
    public void highlight(java.util.Set<String> codes, java.util.Set<String> excluded) {
        highlight(codes);
        tiles.forEach((code, tile) -> {
            tile.getStyleClass().remove("excluded");
            if (excluded.contains(code)) tile.getStyleClass().add("excluded");
        });
    }

    /** Marks the provinces in the current filter. */
    public void highlight(java.util.Set<String> codes) {
        tiles.forEach((code, tile) -> {
            if (codes.contains(code)) {
                if (!tile.getStyleClass().contains("selected")) tile.getStyleClass().add("selected");
            } else {
                tile.getStyleClass().remove("selected");
            }
        });
    }
}
