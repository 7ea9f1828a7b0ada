package org.salestrack.ui.chart;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.salestrack.ui.I18n;
import org.salestrack.ui.reports.ExportActions;

/**
 * How every chart on a scrolling screen behaves (issue 11 #8): the mouse wheel scrolls the page, never
 * the axes; zoom is a drag only, undone by a visible Reset button or the menu; the axes fit again on every
 * new data ({@link #refit}); the right-click menu is translated and offers PNG, SVG and copy, after any
 * items for the clicked mark (keep only / exclude).
 */
public final class ChartControls {
    private ChartControls() {}

    /**
     * The viewer wrapped with its Reset button (top right, shown while zoomed).
     *
     * @param markItems menu items for the mark under the pointer when the menu opens (may be empty)
     */
    public static StackPane wrap(ChartViewer viewer, String id, I18n i18n, ExportActions export, Supplier<List<MenuItem>> markItems) {
        JFreeChart chart = viewer.getChart();
        MouseHandlerFX scroll = viewer.getCanvas().getMouseHandler("scroll");
        // without this the canvas zooms on the wheel and the enclosing scroll pane never sees the event
        if (scroll != null) viewer.getCanvas().removeAuxiliaryMouseHandler(scroll);
        viewer.setId(id);
        Button reset = new Button();
        reset.setId(id + "-reset");
        reset.textProperty().bind(i18n.bind("chart.reset"));
        reset.getStyleClass().add("chart-reset");
        reset.setOnAction(e -> refit(chart));
        reset.setVisible(false);
        chart.addChangeListener(e -> reset.setVisible(zoomed(chart)));
        StackPane pane = new StackPane(viewer, reset);
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        // one trigger for the menu on every platform, the same as the tiles' and rows': a secondary click
        viewer.setOnContextMenuRequested(e -> e.consume());
        viewer.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) viewer.getContextMenu().show(viewer, e.getScreenX(), e.getScreenY());
        });
        var viewerOnShowing = viewer.getContextMenu().getOnShowing();
        viewer.getContextMenu().setOnShowing(e -> {
            // the viewer's own handler turns the chart's tooltips off while the menu is open
            if (viewerOnShowing != null) viewerOnShowing.handle(e);
            MenuItem resetItem = item(i18n.get("chart.reset"), () -> refit(chart));
            resetItem.setDisable(!zoomed(chart));
            List<MenuItem> marks = markItems.get();
            viewer.getContextMenu().getItems().setAll(marks);
            if (!marks.isEmpty()) viewer.getContextMenu().getItems().add(new SeparatorMenuItem());
            viewer.getContextMenu().getItems().addAll(resetItem,
                    item(i18n.get("chart.save.png"), () -> export.chart(chart, id, false, p -> {})),
                    item(i18n.get("chart.save.svg"), () -> export.chart(chart, id, true, p -> {})),
                    item(i18n.get("chart.copy"), () -> copy(chart, viewer)));
        });
        return pane;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static void copy(JFreeChart chart, ChartViewer viewer) {
        int w = (int) Math.max(400, viewer.getWidth());
        int h = (int) Math.max(250, viewer.getHeight());
        BufferedImage img = chart.createBufferedImage(w, h);
        ClipboardContent c = new ClipboardContent();
        c.putImage(SwingFXUtils.toFXImage(img, null));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
    }

    /** Whether a drag zoom narrowed the value (or domain) axis. */
    public static boolean zoomed(JFreeChart chart) {
        Plot p = chart.getPlot();
        if (p instanceof CategoryPlot c) return !c.getRangeAxis().isAutoRange();
        if (p instanceof XYPlot x) return !x.getRangeAxis().isAutoRange() || !x.getDomainAxis().isAutoRange();
        return false;
    }

    /** Fits the axes to the data again: after a reset, and whenever new data comes in. */
    public static void refit(JFreeChart chart) {
        Plot p = chart.getPlot();
        if (p instanceof CategoryPlot c) c.getRangeAxis().setAutoRange(true);
        if (p instanceof XYPlot x) {
            x.getRangeAxis().setAutoRange(true);
            x.getDomainAxis().setAutoRange(true);
        }
    }
}
