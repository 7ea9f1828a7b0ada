package org.salestrack.ui.dashboard;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.lines.LinesView;

/**
 * "Show lines" on the dashboard: a context-menu item on chart marks, province tiles and ranking rows that
 * opens the sales lines behind that number. The item joins each mark's one menu (beside keep only / add /
 * exclude and the chart's reset and export items); a right click only opens the menu, it does not drill.
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

    /**
     * "Show lines" for a mark standing for one member (a ranking row, a province tile): the lines of that
     * member within the dashboard's slice. It joins the mark's cross-filter menu, so a right click opens one menu.
     */
    List<MenuItem> member(Node owner, Dimension dim, String key, String label) {
        String name = dim == Dimension.PROVINCE ? provinceName(key, label) : label;
        String id = dim == Dimension.PROVINCE ? "map-show-lines" : "rank-show-lines";
        return List.of(item(id, () -> open(owner, ctx.state().slice().with(dim, key), name)));
    }

    private String provinceName(String code, String fallback) {
        return org.salestrack.model.Provinces.get().name(code, ctx.i18n().chinese(), fallback);
    }

    /**
     * A chart's marks: "Show lines" for the mark under the pointer, or for a line (whose points are small
     * targets) the category nearest to it in the first series; {@code sliceOf} says which slice a series and
     * category stand for (null: none). The supplier gives the item for the chart's one menu
     * ({@link org.salestrack.ui.chart.ChartControls#wrap}), disabled when the pointer is on no mark.
     */
    Supplier<List<MenuItem>> chart(ChartViewer viewer, BiFunction<Comparable<?>, Comparable<?>, Slice> sliceOf) {
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
        return () -> {
            Comparable<?> series = under[0];
            Comparable<?> column = under[1];
            Slice s = column == null ? null : sliceOf.apply(series, column);
            MenuItem item = item("chart-show-lines", () -> {
                if (s != null) open(viewer, s, String.valueOf(column));
            });
            item.setDisable(s == null);
            return List.of(item);
        };
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
