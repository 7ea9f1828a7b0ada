package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.analytics.explore.ExplorerData;
import org.salestrack.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.salestrack.ui.MemberNames;
import org.salestrack.ui.lines.ShowLinesMenu;
import javafx.scene.layout.GridPane;
import java.util.function.BiConsumer;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.chart.ColorScale;
import org.salestrack.ui.chart.Legend;
import org.salestrack.ui.chart.MatrixHeatMap;

/** The explorer's matrix heat map: the top rows of the current level against the period columns. */
final class ExplorerMatrix {
    private static final int MAX_ROWS = 25;
    private final ExplorerViewModel vm;
    private final I18n i18n;
    private final MatrixHeatMap map = new MatrixHeatMap();
    private final Legend legend = new Legend();
    private final Label title = new Label();
    private final VBox box = new VBox(8, title, map, legend);
    private List<ExplorerRow> shown = List.of();

    ExplorerMatrix(ExplorerViewModel vm, I18n i18n, BiConsumer<Slice, String> showLines) {
        this.vm = vm;
        this.i18n = i18n;
        ShowLinesMenu.install(map, i18n, "matrix-show-lines", (Node picked) -> {
            int[] at = cellAt(picked);
            if (at == null) return null;
            return () -> {
                ExplorerRow r = shown.get(at[0]);
                ExplorerData d = vm.dataProperty().get();
                Slice slice = vm.cellSlice(r, at[1]);
                String what = MemberNames.of(r.dim(), r.key(), r.label(), i18n) + (at[1] < 0 ? "" : " · " + d.periods().get(at[1]));
                showLines.accept(slice, i18n.get("lines.title", what, slice.from(), slice.to()));
            };
        });
        title.getStyleClass().add("card-title");
        map.setId("explorer-matrix");
        map.setOnRowClicked((key, label) -> {
            ExplorerData d = vm.dataProperty().get();
            if (d == null) return;
            d.rows().stream().filter(r -> r.key().equals(key)).findFirst().ifPresent(vm::drill);
        });
    }

    Node node() { return box; }

    /** {row, period} of a cell of the grid (period -1 for a row's name), or null off the cells. */
    private int[] cellAt(Node picked) {
        Node n = picked;
        while (n != null && n.getParent() != map) n = n.getParent();
        if (n == null) return null;
        Integer row = GridPane.getRowIndex(n);
        Integer col = GridPane.getColumnIndex(n);
        if (row == null || row < 1 || row > shown.size()) return null;
        return new int[] {row - 1, col == null ? -1 : col - 1};
    }

    void show(ExplorerData d, Measure m) {
        Locale l = i18n.locale();
        List<ExplorerRow> rows = d.rows().subList(0, Math.min(MAX_ROWS, d.rows().size()));
        shown = rows;
        title.setText(i18n.get("explorer.matrix", i18n.get("dim." + d.dim().id()), i18n.get("measure." + m.id())));
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double[][] values = new double[rows.size()][d.periods().size()];
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            ExplorerRow r = rows.get(i);
            keys.add(r.key());
            labels.add(ExplorerView.rowName(i18n, r));
            for (int j = 0; j < d.periods().size(); j++) {
                Measures v = r.periods().get(j);
                values[i][j] = v.isEmpty() && !m.isMarketShare() ? Double.NaN : r.value(m, j);
                if (!Double.isNaN(values[i][j])) {
                    max = Math.max(max, values[i][j]);
                    min = Math.min(min, values[i][j]);
                }
            }
        }
        ColorScale scale = m.isMarketShare() && min <= max ? ColorScale.spread(min, max) : ColorScale.sequential(0, max);
        java.util.function.DoubleFunction<String> f = v -> m.isMarketShare() ? Format.percent(java.util.OptionalDouble.of(v), l) : m == Measure.UNITS ? Format.units(Math.round(v), l) : Format.moneyShort(Money.e4OfYuan(v), l);
        map.show(keys, labels, d.periods().stream().map(p -> Format.period(p, i18n)).toList(), values, scale, f);
        legend.show(scale, f);
    }
}
