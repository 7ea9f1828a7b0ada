package org.salestrack.ui.watch;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.pipeline.watch.WatchDesk;
import org.salestrack.ui.Controls;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;

/**
 * The Watched folders screen: the folders whose new files are imported by themselves (how each is watched
 * now), a form to add one or change one's profile, interval and mode, pause and remove, and the journal of
 * every file the watcher handled with its outcome and reason.
 */
public final class WatchView implements Screen {
    private final WatchViewModel vm;
    private final WatchDesk desk;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<FolderRow> folders = new TableView<>();
    private final TableView<WatchEvent> journal = new TableView<>();
    private final Label status = new Label();
    private final Consumer<WatchEvent> onWatched;
    private final ApiSourcesPane apis;
    private final ComboBox<String> profile = new ComboBox<>();
    private final ComboBox<WatchMode> mode = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(WatchMode.values()));
    private final InvalidationListener onLocale = o -> {
        relabel();
        labelChoices();
        folders.refresh();
        journal.refresh();
        relabelApis();
    };

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().watch() == null) return org.salestrack.ui.Unavailable.screen(ctx.i18n());
        return new WatchView(ctx.screens().watch(), ctx);
    }

    WatchView(WatchDesk desk, WorkbenchContext ctx) {
        this.desk = desk;
        this.vm = new WatchViewModel(desk, ctx.queries());
        this.i18n = ctx.i18n();
        this.dialogs = ctx.dialogs();
        this.apis = new ApiSourcesPane(desk, ctx.queries(), i18n, dialogs, vm::refresh);
        this.onWatched = e -> {
            vm.refresh();
            apis.refresh(); // a poll moves its source's watermark
        };
        desk.addListener(onWatched);
        status.setId("watch-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        vm.statusProperty().addListener(o -> relabel());
        i18n.localeProperty().addListener(onLocale);
        VBox folderCard = Controls.card(i18n, "watch.folders", form(), status, folderTable());
        VBox apiCard = Controls.card(i18n, "api.sources", apis.node());
        VBox journalCard = Controls.card(i18n, "watch.journal", journalTable());
        VBox.setVgrow(folders, Priority.ALWAYS);
        VBox.setVgrow(journal, Priority.ALWAYS);
        SplitPane split = new SplitPane(folderCard, apiCard, journalCard);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36, 0.68);
        // the API form offers the profiles a folder can have, less "auto": an API's records have no header to pick one by
        vm.profiles().addListener((javafx.collections.ListChangeListener<String>) c ->
                apis.profiles().setAll(vm.profiles().stream().filter(p -> !p.equals(WatchViewModel.AUTO)).toList()));
        root.setCenter(split);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("screen");
        root.setId("watch");
        vm.refresh();
        apis.refresh();
    }

    private Node form() {
        TextField path = new TextField();
        path.setId("watch-path");
        path.promptTextProperty().bind(i18n.bind("watch.path.prompt"));
        path.textProperty().bindBidirectional(vm.pathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = Controls.button(i18n, "watch-browse", "watch.browse",
                () -> dialogs.chooseFolder(i18n.get("watch.browse")).ifPresent(p -> vm.pathProperty().set(p.toString())));
        profile.setItems(vm.profiles());
        profile.setId("watch-profile");
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        Spinner<Integer> interval = new Spinner<>(1, 3600, vm.intervalProperty().get());
        interval.setId("watch-interval");
        interval.setEditable(true);
        interval.setPrefWidth(80);
        interval.valueProperty().addListener((o, a, b) -> vm.intervalProperty().set(b));
        vm.intervalProperty().addListener((o, a, b) -> interval.getValueFactory().setValue(b.intValue()));
        mode.setId("watch-mode");
        labelChoices();
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        Button save = Controls.button(i18n, "watch-save", "watch.save", vm::save);
        save.getStyleClass().add("primary");
        HBox first = new HBox(8, Controls.label(i18n, "watch.path"), path, browse);
        first.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox second = new HBox(8, Controls.label(i18n, "watch.profile"), profile, Controls.label(i18n, "watch.interval"), interval, Controls.label(i18n, "watch.interval.unit"),
                Controls.label(i18n, "watch.mode"), mode, spacer, save);
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, first, second);
    }

    private Node folderTable() {
        folders.setId("watch-folders");
        folders.setItems(vm.folders());
        folders.getColumns().add(col("watch.col.path", r -> r.folder().path()));
        folders.getColumns().add(col("watch.col.profile", r -> r.folder().profile() == null ? i18n.get("watch.profile.auto") : r.folder().profile()));
        folders.getColumns().add(col("watch.col.interval", r -> i18n.get("watch.seconds", r.folder().pollSeconds())));
        folders.getColumns().add(col("watch.col.mode", r -> i18n.get(modeKey(r.folder().mode()))));
        folders.getColumns().add(col("watch.col.state", r -> r.state() == null ? "" : i18n.get(stateKey(r.state()))));
        folders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        folders.setPlaceholder(placeholder("watch.no.folders"));
        folders.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.edit(r));
        Button pause = new Button();
        pause.setId("watch-pause");
        pause.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            FolderRow r = folders.getSelectionModel().getSelectedItem();
            return i18n.get(r != null && !r.folder().enabled() ? "watch.resume" : "watch.pause");
        }, folders.getSelectionModel().selectedItemProperty(), i18n.localeProperty()));
        pause.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
        pause.setOnAction(e -> vm.toggle(folders.getSelectionModel().getSelectedItem()));
        Button remove = Controls.button(i18n, "watch-remove", "watch.remove", () -> {
            FolderRow r = folders.getSelectionModel().getSelectedItem();
            if (r != null && dialogs.confirm(i18n.get("watch.remove"), i18n.get("watch.remove.confirm", r.folder().path()))) vm.remove(r);
        });
        remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(8, pause, remove);
        VBox box = new VBox(6, folders, buttons);
        VBox.setVgrow(folders, Priority.ALWAYS);
        return box;
    }

    private Node journalTable() {
        journal.setId("watch-journal");
        journal.setItems(vm.journal());
        journal.getColumns().add(col("watch.col.when", e -> org.salestrack.ui.Format.dateTime(e.at())));
        journal.getColumns().add(col("watch.col.file", WatchEvent::file));
        journal.getColumns().add(col("watch.col.outcome", e -> i18n.get(outcomeKey(e.outcome()))));
        journal.getColumns().add(col("watch.col.batch", e -> e.batch() == null ? "" : String.valueOf(e.batch())));
        TableColumn<WatchEvent, String> reason = col("watch.col.reason", e -> e.why() == null ? e.reason() : i18n.get(e.why(), e.reason()));
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        journal.getColumns().add(reason);
        journal.getColumns().add(col("watch.col.source", WatchEvent::source));
        journal.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        journal.setPlaceholder(placeholder("watch.no.journal"));
        return journal;
    }

    private <T> TableColumn<T, String> col(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        Controls.fitHeader(c);
        return c;
    }

    private Label placeholder(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    /** New cells relabel a combo box's shown value and list, which a language switch alone does not. */
    private void labelChoices() {
        label(profile, p -> p == null || p.equals(WatchViewModel.AUTO) ? i18n.get("watch.profile.auto") : p);
        label(mode, m -> m == null ? "" : i18n.get(modeKey(m)));
    }

    private static <T> void label(ComboBox<T> box, Function<T, String> show) {
        box.setConverter(converter(show));
        box.setButtonCell(choiceCell(show));
        box.setCellFactory(l -> choiceCell(show));
    }

    private static <T> javafx.scene.control.ListCell<T> choiceCell(Function<T, String> show) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : show.apply(item));
            }
        };
    }

    private static String modeKey(WatchMode m) {
        return switch (m) {
            case AUTO -> "watch.mode.auto";
            case POLL -> "watch.mode.poll";
        };
    }

    private static String stateKey(org.salestrack.model.watch.WatchState s) {
        return switch (s) {
            case EVENTS -> "watch.state.events";
            case POLLING -> "watch.state.polling";
            case MISSING -> "watch.state.missing";
            case PAUSED -> "watch.state.paused";
        };
    }

    private static String outcomeKey(org.salestrack.model.watch.WatchOutcome o) {
        return switch (o) {
            case STORED -> "watch.outcome.stored";
            case DUPLICATE -> "watch.outcome.duplicate";
            case FAILED -> "watch.outcome.failed";
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return show.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    private void relabel() {
        org.salestrack.model.Message m = vm.statusProperty().get();
        status.setText(m == null ? "" : i18n.get(m, m.english()));
    }

    private void relabelApis() { apis.relabel(); }

    /** The folders as the table shows them, for tests. */
    TableView<FolderRow> foldersTable() { return folders; }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        desk.removeListener(onWatched);
        i18n.localeProperty().removeListener(onLocale);
    }
}
