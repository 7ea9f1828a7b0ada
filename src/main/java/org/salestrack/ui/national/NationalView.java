package org.salestrack.ui.national;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.salestrack.analytics.national.NationalSyncService;
import org.salestrack.model.national.SyncConflict;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Failures;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;

/**
 * The National store screen of a workspace file: publish to the store, and sync when the workspace was extracted from
 * it, with the lines reviewed both ways listed for the analyst to settle.
 */
public final class NationalView implements Screen {
    private final VBox root;

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().national() == null) return org.salestrack.ui.Unavailable.screen(ctx.i18n());
        return new NationalView(new NationalViewModel(ctx.screens().national(), ctx.screens().vault(), ctx.tasks(), ctx.dataChanged()), ctx.i18n());
    }

    NationalView(NationalViewModel vm, I18n i18n) {
        Label intro = Controls.label(i18n, "national.intro");
        intro.setWrapText(true);
        TextField url = new TextField();
        url.setId("national-url");
        url.promptTextProperty().bind(i18n.bind("connect.url"));
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId("national-user");
        user.promptTextProperty().bind(i18n.bind("connect.user"));
        user.textProperty().bindBidirectional(vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("national-password");
        password.promptTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(vm.keyringProperty().get() ? "connect.password.keyring" : "connect.password"), vm.keyringProperty(),
                i18n.localeProperty()));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        CheckBox remember = new CheckBox();
        remember.setId("national-remember");
        remember.textProperty().bind(i18n.bind("connect.remember"));
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.visibleProperty().bind(vm.keyringProperty());
        remember.managedProperty().bind(vm.keyringProperty());
        // the extract fixed the store and the role a workspace syncs with
        url.editableProperty().bind(vm.linkedProperty().not());
        for (var field : new javafx.scene.control.Control[] {url, user, password, remember}) field.disableProperty().bind(vm.busyProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, Controls.label(i18n, "national.address"), url);
        form.addRow(1, Controls.label(i18n, "national.role"), user);
        form.addRow(2, Controls.label(i18n, "national.password"), password);
        form.add(remember, 1, 3);
        url.setPrefColumnCount(34);

        Button publish = Controls.button(i18n, "national-publish", "national.publish", vm::publish);
        publish.disableProperty().bind(vm.busyProperty());
        password.setOnAction(e -> vm.publish());
        Button sync = Controls.button(i18n, "national-sync", "national.sync", vm::sync);
        sync.disableProperty().bind(vm.busyProperty().or(vm.linkedProperty().not()));
        ProgressIndicator working = new ProgressIndicator();
        working.setId("national-busy");
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(10, publish, sync, working);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label link = new Label();
        link.setId("national-link");
        link.setWrapText(true);
        link.getStyleClass().add("filter-summary");
        link.textProperty().bind(Bindings.createStringBinding(() -> vm.linkedProperty().get()
                ? i18n.get("national.linked", vm.urlProperty().get(), vm.userProperty().get()) : i18n.get("national.unlinked"),
                vm.linkedProperty(), i18n.localeProperty()));
        Label outcome = new Label();
        outcome.setId("national-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.createStringBinding(() -> Failures.text(i18n, vm.outcomeProperty().get()),
                vm.outcomeProperty(), i18n.localeProperty()));

        TableView<SyncConflict> conflicts = new TableView<>(vm.conflicts());
        conflicts.setId("national-conflicts");
        conflicts.getColumns().add(Controls.sortedColumn(i18n, "national.col.file", SyncConflict::file, String::valueOf, 220));
        conflicts.getColumns().add(Controls.sortedColumn(i18n, "national.col.row", SyncConflict::row, String::valueOf, 70));
        conflicts.getColumns().add(Controls.sortedColumn(i18n, "national.col.here", c -> i18n.get(holdKey(c.localHold())), String::valueOf, 120));
        conflicts.getColumns().add(Controls.sortedColumn(i18n, "national.col.there", c -> i18n.get(holdKey(c.nationalHold())), String::valueOf, 120));
        conflicts.getColumns().add(Controls.sortedColumn(i18n, "national.col.by", c -> c.nationalBy() == null ? "" : c.nationalBy(), String::valueOf, 140));
        conflicts.getColumns().add(Controls.sortedColumn(i18n, "national.col.at", c -> c.nationalAt() == null ? "" : c.nationalAt(), String::valueOf, 140));
        conflicts.placeholderProperty().set(Controls.label(i18n, "national.conflicts.none"));
        Controls.followLanguage(i18n, conflicts);
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        Label conflictsNote = Controls.label(i18n, "national.conflicts.note");
        conflictsNote.setWrapText(true);
        conflictsNote.getStyleClass().add("filter-summary");

        // wrapped text asks for its height, or the card cuts it to one line with "..."
        for (Label l : new Label[] {intro, link, outcome, conflictsNote}) l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (var field : new javafx.scene.control.Control[] {url, user, password}) field.setMaxWidth(560);
        VBox exchange = Controls.card(i18n, "national.title", intro, form, actions, link, outcome);
        exchange.setSpacing(10);
        VBox conflictCard = Controls.card(i18n, "national.conflicts", conflictsNote, conflicts);
        conflictCard.setSpacing(8);
        VBox.setVgrow(conflictCard, Priority.ALWAYS);
        root = new VBox(12, exchange, conflictCard);
        root.setPadding(new Insets(12, 16, 16, 16));
    }

    /** A line's hold as the conflict list names it: 0 counted, 2 held for review, 3 rejected. */
    static String holdKey(int hold) {
        return switch (hold) {
            case 0 -> "national.hold.counted";
            case 3 -> "national.hold.rejected";
            default -> "national.hold.held";
        };
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() { }
}
