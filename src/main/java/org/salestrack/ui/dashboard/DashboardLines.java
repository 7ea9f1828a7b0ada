package org.salestrack.ui.dashboard;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.salestrack.model.cube.Dim;
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
    void rank(RankTable table, Dim dim) {
        table.setOnShowLines(ctx.i18n(), (key, label) -> open(table, ctx.state().slice().with(dim, key), label));
    }

    /** The tiles: the lines of the province under the pointer. */
    void map(ProvinceTileMap map) {
        ShowLinesMenu.install(map, ctx.i18n(), "map-show-lines", (Node picked) -> {
            Node n = picked;
            while (n != null && n != map && (n.getId() == null || !n.getId().startsWith("tile-"))) n = n.getParent();
            if (n == null || n == map) return null;
            String code = n.getId().substring("tile-".length());
            Slice slice = ctx.state().slice().with(Dim.PROVINCE, code);
            String name = org.salestrack.model.Provinces.get().all().stream().filter(p -> p.code().equals(code))
                    .map(p -> ctx.i18n().chinese() ? p.nameZh() : p.nameEn()).findFirst().orElse(code);
            return () -> open(map, slice, name);
        });
    }

    /**
     * A chart's marks: the viewer's own menu gains "Show lines", acting on the mark last under the pointer;
     * {@code sliceOf} says which slice a mark stands for (null: none).
     */
    void chart(ChartViewer viewer, Function<CategoryItemEntity, Slice> sliceOf) {
        viewer.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) e.consume();
        });
        CategoryItemEntity[] under = new CategoryItemEntity[1];
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) { }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                ChartEntity en = e.getEntity();
                under[0] = en instanceof CategoryItemEntity c ? c : null;
            }
        });
        MenuItem item = item("chart-show-lines", () -> {
            Slice s = under[0] == null ? null : sliceOf.apply(under[0]);
            if (s != null) open(viewer, s, String.valueOf(under[0].getColumnKey()));
        });
        ContextMenu menu = viewer.getContextMenu();
        menu.getItems().add(0, item);
        menu.setOnShowing(e -> item.setDisable(under[0] == null || sliceOf.apply(under[0]) == null));
    }
}
