package org.salestrack.ui.dashboard;

import java.util.function.BiFunction;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.ProvinceTileMap;
import org.salestrack.ui.lines.LinesView;
import org.salestrack.ui.lines.ShowLinesMenu;

/**
 * "Show lines" on the dashboard: a context-menu item on chart marks, province tiles and ranking rows that
 * opens the sales lines behind that number. A right click only opens the menu; it does not drill.
 */
final class DashboardLines {
    private final WorkbenchContext ctx;

    DashboardLines(WorkbenchContext ctx) { this.ctx = ctx; }

    private void open(Node owner, Slice slice, String what) {
        LinesView.open(ctx, owner, slice, ctx.i18n().get("lines.title", what, slice.from(), slice.to()));
    }

    private MenuItem item(String id, Runnable action) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(ctx.i18n().bind("lines.show"));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The ranking rows: the lines of the SKU or store under the pointer. */
    void rank(RankTable table, Dimension dim) {
        table.setOnShowLines(ctx.i18n(), (key, label) -> open(table, ctx.state().slice().with(dim, key), label));
    }

    /** The tiles: the lines of the province under the pointer. */
    void map(ProvinceTileMap map) {
        ShowLinesMenu.install(map, ctx.i18n(), "map-show-lines", (Node picked) -> {
            Node n = picked;
            while (n != null && n != map && (n.getId() == null || !n.getId().startsWith("tile-"))) n = n.getParent();
            if (n == null || n == map) return null;
            String code = n.getId().substring("tile-".length());
            Slice slice = ctx.state().slice().with(Dimension.PROVINCE, code);
            String name = org.salestrack.model.Provinces.get().all().stream().filter(p -> p.code().equals(code))
                    .map(p -> ctx.i18n().chinese() ? p.nameZh() : p.nameEn()).findFirst().orElse(code);
            return () -> open(map, slice, name);
        });
    }

    /**
     * A chart's marks: the viewer's own menu gains "Show lines", acting on the mark under the pointer, or
     * for a line (whose points are small targets) on the category nearest to it in the first series;
     * {@code sliceOf} says which slice a series and category stand for (null: none).
     */
    void chart(ChartViewer viewer, BiFunction<Comparable<?>, Comparable<?>, Slice> sliceOf) {
        viewer.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) e.consume();
        });
        Comparable<?>[] under = new Comparable<?>[2];
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) { }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                under[0] = null;
                under[1] = null;
                if (e.getEntity() instanceof CategoryItemEntity c) {
                    under[0] = c.getRowKey();
                    under[1] = c.getColumnKey();
                } else {
                    nearestCategory(viewer, e.getTrigger().getX(), e.getTrigger().getY(), under);
                }
            }
        });
        MenuItem item = item("chart-show-lines", () -> {
            Slice s = under[1] == null ? null : sliceOf.apply(under[0], under[1]);
            if (s != null) open(viewer, s, String.valueOf(under[1]));
        });
        ContextMenu menu = viewer.getContextMenu();
        menu.getItems().add(0, item);
        menu.setOnShowing(e -> item.setDisable(under[1] == null || sliceOf.apply(under[0], under[1]) == null));
    }

    /** The category whose middle is nearest the pointer along the category axis, in the first series. */
    private static void nearestCategory(ChartViewer viewer, double x, double y, Comparable<?>[] out) {
        if (!(viewer.getChart().getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null || viewer.getRenderingInfo() == null) return;
        java.awt.geom.Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(x, y)) return;
        CategoryDataset data = plot.getDataset();
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        double at = vertical ? x : y;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < data.getColumnCount(); i++) {
            double mid = plot.getDomainAxis().getCategoryMiddle(i, data.getColumnCount(), area, plot.getDomainAxisEdge());
            if (Math.abs(mid - at) < best) {
                best = Math.abs(mid - at);
                out[1] = data.getColumnKey(i);
                out[0] = data.getRowCount() == 0 ? null : data.getRowKey(0);
            }
        }
    }
}
