package org.salestrack.ui.imports;

import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.salestrack.ui.I18n;

/**
 * The "column" cell of the mapping table: one click opens a combo box of the file's columns that also
 * takes typing (a column name, "=value" for a constant, "column | format"). Choosing an entry or pressing
 * Enter commits, Escape cancels, leaving the cell commits what was typed. The stock ComboBoxTableCell
 * only edits on a second click and its popup never opens by itself.
 */
final class MappingSourceCell extends TableCell<MappingRow, String> {
    private final ObservableList<String> choices;
    private final I18n i18n;
    private final StringBuilder typedAhead;
    private ComboBox<String> combo;
    private boolean filling;

    /** @param typedAhead what the user typed on the table to start this edit; consumed by the next edit */
    MappingSourceCell(ObservableList<String> choices, I18n i18n, StringBuilder typedAhead) {
        this.choices = choices;
        this.i18n = i18n;
        this.typedAhead = typedAhead;
        // a filter, so the second click of a double-click, which lands on the combo box, is seen too
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || isEmpty()) return;
            if (!isEditing()) {
                getTableView().getSelectionModel().select(getIndex());
                getTableView().edit(getIndex(), getTableColumn());
            } else if (combo != null && !combo.isShowing()) {
                // the first click of a double-click opened the list and the press of the second closed it again
                combo.show();
            }
        });
    }

    @Override
    public void startEdit() {
        if (isEmpty()) return;
        super.startEdit();
        if (!isEditing()) return;
        if (combo == null) combo = createCombo();
        String typed = typedAhead.toString();
        typedAhead.setLength(0);
        String text = typed.isEmpty() ? (getItem() == null ? "" : getItem()) : typed;
        setText(null);
        setGraphic(combo);
        // the skin, made at the first CSS pass, writes the value into the editor: make it now, then fill in
        combo.applyCss();
        filling = true;
        combo.getSelectionModel().clearSelection();
        combo.setValue(text);
        combo.getEditor().setText(text);
        filling = false;
        combo.requestFocus();
        // the combo box selects its whole text on gaining focus: after a typed start, the next key must add, not replace
        ComboBox<String> c = combo;
        javafx.application.Platform.runLater(() -> {
            if (isEditing() && !typed.isEmpty()) {
                c.getEditor().deselect();
                c.getEditor().end();
            }
        });
        if (typed.isEmpty()) combo.show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (combo != null) combo.hide();
        show(getItem());
    }

    @Override
    public void commitEdit(String value) {
        if (combo != null) combo.hide();
        super.commitEdit(value == null ? "" : value.strip());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && combo != null) {
            setText(null);
            setGraphic(combo);
        } else {
            show(item);
        }
    }

    private void show(String item) {
        setGraphic(null);
        setText(item == null || item.isEmpty() ? i18n.get("import.unmapped") : item);
        getStyleClass().remove("unmapped");
        if (item == null || item.isEmpty()) getStyleClass().add("unmapped");
    }

    private ComboBox<String> createCombo() {
        ComboBox<String> c = new ComboBox<>(choices);
        c.setId("import-mapping-combo");
        c.setEditable(true);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(12);
        // choosing an entry in the popup or pressing Enter in the editor sets the value
        c.setOnAction(e -> {
            if (!filling && isEditing()) commitEdit(c.getValue());
        });
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && isEditing()) {
                commitEdit(c.getEditor().getText());
                e.consume();
            }
        });
        c.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (was && !now && !c.isShowing() && isEditing()) commitEdit(c.getEditor().getText());
        });
        return c;
    }
}
