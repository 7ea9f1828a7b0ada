package org.salestrack.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/**
 * Arrows between the tiles of a {@link ProvinceTileMap}, drawn on a layer above it: each from the centre
 * of one province's tile towards another's, as wide as asked, with a label at its middle, a tooltip and a
 * click. Arrows are placed again whenever the map is laid out, so they follow its tiles. Two arrows between
 * the same provinces in opposite directions sit side by side, each shifted to its own right.
 */
public final class TileArrows extends StackPane {
    /** Gap between a tile's centre and an arrow's ends, so the ends of neighbours' arrows stay apart. */
    private static final double INSET = 13;
    /** How far an arrow sits to the right of the line between the two centres. */
    private static final double SHIFT = 5;

    /** One arrow: {@code id} names its node (its label is {@code id + "-label"}). */
    public record Arrow(String id, String from, String to, double width, String label, String tooltip) {}

    private final ProvinceTileMap map;
    private final Pane layer = new Pane();
    private final List<Drawn> drawn = new ArrayList<>();
    private Consumer<Arrow> onClick = a -> { };

    private record Drawn(Arrow arrow, Group group, Line line, Polygon head, Label label) {}

    public TileArrows(ProvinceTileMap map) {
        this.map = map;
        getStyleClass().add("tile-arrows");
        layer.setPickOnBounds(false);
        layer.setPrefSize(0, 0);
        layer.setMinSize(0, 0);
        getChildren().addAll(map, layer);
    }

    public ProvinceTileMap map() { return map; }

    public void setOnArrowClicked(Consumer<Arrow> handler) { this.onClick = handler; }

    /** Replaces the arrows. */
    public void show(List<Arrow> arrows) {
        layer.getChildren().clear();
        drawn.clear();
        for (Arrow a : arrows) {
            Line line = new Line();
            line.setStrokeWidth(a.width());
            line.getStyleClass().add("tile-arrow-line");
            Polygon head = new Polygon();
            head.getStyleClass().add("tile-arrow-head");
            Label label = new Label(a.label());
            label.setId(a.id() + "-label");
            label.getStyleClass().add("tile-arrow-label");
            label.setMouseTransparent(true);
            Group g = new Group(line, head, label);
            g.setId(a.id());
            g.getStyleClass().add("tile-arrow");
            g.setCursor(Cursor.HAND);
            Tooltip t = new Tooltip(a.tooltip());
            t.setShowDelay(Duration.millis(150));
            Tooltip.install(g, t);
            g.setOnMouseClicked(e -> onClick.accept(a));
            layer.getChildren().add(g);
            drawn.add(new Drawn(a, g, line, head, label));
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Drawn d : drawn) place(d);
    }

    private void place(Drawn d) {
        Point2D from = centre(d.arrow().from());
        Point2D to = centre(d.arrow().to());
        boolean visible = from != null && to != null && from.distance(to) > 2 * INSET;
        d.group().setVisible(visible);
        if (!visible) return;
        Point2D dir = to.subtract(from).normalize();
        Point2D right = new Point2D(-dir.getY(), dir.getX()).multiply(SHIFT);
        Point2D start = from.add(dir.multiply(INSET)).add(right);
        Point2D tip = to.subtract(dir.multiply(INSET)).add(right);
        double headLength = Math.max(9, d.arrow().width() * 2.2);
        double headHalf = Math.max(5, d.arrow().width() * 1.4);
        Point2D base = tip.subtract(dir.multiply(headLength));
        Point2D side = new Point2D(-dir.getY(), dir.getX()).multiply(headHalf);
        d.line().setStartX(start.getX());
        d.line().setStartY(start.getY());
        d.line().setEndX(base.getX());
        d.line().setEndY(base.getY());
        d.head().getPoints().setAll(tip.getX(), tip.getY(), base.add(side).getX(), base.add(side).getY(),
                base.subtract(side).getX(), base.subtract(side).getY());
        Label l = d.label();
        l.autosize();
        Point2D mid = start.midpoint(base);
        l.relocate(mid.getX() - l.getWidth() / 2, mid.getY() - l.getHeight() / 2);
    }

    /** The centre of a province's tile in the layer's coordinates, or null when the map has no such tile. */
    private Point2D centre(String code) {
        Node tile = map.lookup("#tile-" + code);
        if (tile == null) return null;
        Bounds b = layer.sceneToLocal(tile.localToScene(tile.getBoundsInLocal()));
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
