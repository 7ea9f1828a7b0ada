package org.salestrack.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * What the reader actually sees of a label, a button, a header or a cell: the skin draws a shortened copy
 * ("Acknowl…") when the text does not fit. A text cut where no tooltip gives the whole of it is a defect.
 */
public final class Truncation {
    private Truncation() {}

    /** The text the skin draws, or null when the control draws none (not yet skinned, or a graphic only). */
    public static String displayed(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n.getStyleClass().contains("text")) return t.getText();
        }
        return null;
    }

    public static boolean isCut(Labeled l) {
        String text = l.getText();
        String shown = displayed(l);
        return text != null && !text.isEmpty() && shown != null && !shown.equals(text);
    }

    /** "Acknowl…" where the control says "Acknowledge", for every showing control under {@code root} that has no tooltip. */
    public static List<String> cutTexts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && showing(l) && l.getTooltip() == null && isCut(l)) {
            out.add(l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + " '" + l.getText() + "' shown as '" + displayed(l) + "'");
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, out);
    }

    /** Table cells of rows without an item are recycled blanks the reader does not see. */
    private static boolean showing(Labeled l) {
        if (l.getWidth() <= 0 || l.getHeight() <= 0) return false;
        if (l instanceof TableCell<?, ?> c) return !c.isEmpty() && c.getTableRow() != null && c.getTableRow().getItem() != null;
        if (l instanceof IndexedCell<?> c) return !c.isEmpty() && c.getIndex() >= 0;
        if (l instanceof Cell<?> c) return !c.isEmpty();
        return true;
    }
}
