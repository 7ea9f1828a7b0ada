package org.salestrack.ui.dealer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.salestrack.model.Provinces;
import org.salestrack.model.dealer.ProvinceDealers;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.chart.ColorScale;
import org.salestrack.ui.chart.ProvinceTileMap;

/**
 * The dealers on the province tile map (issue 14 #6): each province coloured by the sales of the dealers
 * registered there, its tooltip with their count, sales and grades; a click ranks only that province's dealers.
 */
final class DealerMap {
    private final I18n i18n;
    private final DealersViewModel vm;
    private final ProvinceTileMap map = new ProvinceTileMap();
    private final Label filtered = new Label();
    private final VBox node;
    private final HBox filterLine;

    DealerMap(I18n i18n, DealersViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        map.setId("dealers-map");
        map.setOnProvinceClicked((code, name) -> vm.clickProvince(code));
        filtered.setId("dealers-map-filtered");
        filtered.setWrapText(true);
        Button all = Controls.button(i18n, "dealers-map-all", "dealers.map.all", () -> vm.provinceProperty().set(null));
        all.visibleProperty().bind(vm.provinceProperty().isNotNull());
        all.managedProperty().bind(all.visibleProperty());
        filtered.managedProperty().bind(all.visibleProperty());
        filterLine = new HBox(10, filtered, all);
        filterLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = Controls.label(i18n, "dealers.map.hint");
        hint.setWrapText(true);
        node = Controls.card(i18n, "dealers.map.title", hint, map);
        vm.provincesProperty().addListener(o -> render());
        vm.provinceProperty().addListener(o -> render());
        render();
    }

    Node node() { return node; }

    /** Which province the ranking keeps, with Show all: shown above the ranking, where the rows change. */
    Node filterLine() { return filterLine; }

    void render() {
        map.setChinese(i18n.chinese());
        Map<String, ProvinceDealers> byProvince = vm.provincesProperty().get();
        Map<String, Double> values = new HashMap<>();
        Map<String, String> tips = new HashMap<>();
        double max = 0;
        for (ProvinceDealers p : byProvince.values()) {
            values.put(p.province(), (double) p.salesE4());
            max = Math.max(max, p.salesE4());
            tips.put(p.province(), i18n.get("dealers.map.tip", String.valueOf(p.dealers()), Format.moneyShort(p.salesE4(), i18n.locale()),
                    String.valueOf(p.a()), String.valueOf(p.b()), String.valueOf(p.c())));
        }
        map.show(values, ColorScale.sequential(0, Math.max(max, 1)), tips);
        String code = vm.provinceProperty().get();
        map.highlight(code == null ? Set.of() : Set.of(code));
        if (code == null) {
            filtered.setText("");
            return;
        }
        String name = Provinces.get().byCode(code).map(p -> i18n.chinese() ? p.nameZh() : p.nameEn()).orElse(code);
        ProvinceDealers p = byProvince.get(code);
        filtered.setText(i18n.get("dealers.map.filtered", name, p == null ? "0" : String.valueOf(p.dealers())));
    }
}
