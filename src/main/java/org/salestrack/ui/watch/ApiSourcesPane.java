package org.salestrack.ui.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.salestrack.ui.Failures;
import org.salestrack.model.InvalidInput;
import org.salestrack.model.Message;
import org.salestrack.model.watch.ApiPaging;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.pipeline.watch.WatchDesk;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.Controls;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.I18n;

/**
 * The API sources of the Watched folders screen: endpoints answering JSON that the watcher polls on their schedule,
 * with a form to add one (or change the selected one), and poll now, pause and remove. The token is never shown or
 * stored: only the file that holds it.
 */
final class ApiSourcesPane {
    private final WatchDesk desk;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Runnable onChange;
    private final ObservableList<ApiSource> sources = FXCollections.observableArrayList();
    private final TableView<ApiSource> table = new TableView<>(sources);
    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final ComboBox<String> profile = new ComboBox<>();
    private final TextField token = new TextField();
    private final ComboBox<ApiPaging> paging = new ComboBox<>(FXCollections.observableArrayList(ApiPaging.values()));
    private final TextField items = new TextField("data");
    private final Spinner<Integer> every = new Spinner<>(1, 24 * 60, 15);
    private final Label status = new Label();
    private Message statusMessage;

    /** @param onChange told (on the FX thread) after a source was saved, polled or removed, to read the journal again */
    ApiSourcesPane(WatchDesk desk, TaskExecutor tasks, I18n i18n, DialogService dialogs, Runnable onChange) {
        this.desk = desk;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.onChange = onChange;
    }

    Node node() {
        status.setId("api-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        VBox box = new VBox(6, form(), status, tableWithButtons());
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    ObservableList<String> profiles() { return profile.getItems(); }

    /** Reads the sources again; from any thread. */
    void refresh() {
        tasks.execute(new BackgroundTask<List<ApiSource>>("") {
            @Override
            public List<ApiSource> call() { return desk.apiSources(); }
        }, sources::setAll, e -> say("watch.error", Failures.of(e)));
    }

    /** The language changed: texts built from arguments are built again. */
    void relabel() {
        status.setText(statusMessage == null ? "" : i18n.get(statusMessage, statusMessage.english()));
        labelPaging();
        table.refresh();
    }

    /** A new converter and new cells: a combo box's shown value keeps its old text after a language switch otherwise. */
    private void labelPaging() {
        javafx.util.StringConverter<ApiPaging> c = new javafx.util.StringConverter<>() {
            @Override
            public String toString(ApiPaging p) {
                if (p == null) return "";
                return i18n.get(switch (p) {
                    case PAGE -> "api.paging.page";
                    case CURSOR -> "api.paging.cursor";
                });
            }

            @Override
            public ApiPaging fromString(String s) { return null; }
        };
        paging.setConverter(c);
        paging.setButtonCell(cell(c));
        paging.setCellFactory(l -> cell(c));
    }

    private static javafx.scene.control.ListCell<ApiPaging> cell(javafx.util.StringConverter<ApiPaging> c) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ApiPaging item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : c.toString(item));
            }
        };
    }

    private Node form() {
        name.setId("api-name");
        name.setPrefColumnCount(8);
        name.promptTextProperty().bind(i18n.bind("api.name.prompt"));
        url.setId("api-url");
        url.promptTextProperty().bind(i18n.bind("api.url.prompt"));
        HBox.setHgrow(url, Priority.ALWAYS);
        profile.setId("api-profile");
        token.setId("api-token");
        token.setPrefColumnCount(14);
        token.promptTextProperty().bind(i18n.bind("api.token.prompt"));
        Button browse = Controls.button(i18n, "api-token-browse", "watch.browse",
                () -> dialogs.chooseFiles(i18n.get("api.token")).stream().findFirst().ifPresent(p -> token.setText(p.toString())));
        paging.setId("api-paging");
        paging.setValue(ApiPaging.PAGE);
        labelPaging();
        items.setId("api-items");
        items.setPrefColumnCount(8);
        every.setId("api-every");
        every.setEditable(true);
        every.setPrefWidth(80);
        Button save = Controls.button(i18n, "api-save", "api.save", this::save);
        save.getStyleClass().add("primary");
        HBox first = new HBox(8, fixed("api.name"), name, fixed("api.url"), url);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(token, Priority.ALWAYS);
        HBox second = new HBox(8, fixed("watch.profile"), profile, fixed("api.token"), token, browse);
        second.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox third = new HBox(8, fixed("api.paging"), paging, fixed("api.items"), items, fixed("watch.interval"), every, fixed("api.minutes"), spacer, save);
        third.setAlignment(Pos.CENTER_LEFT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(6, first, second, third);
    }

    /** A label that keeps its whole text when the row is short of room (at 1280 px they read "Pr…", "Toke…"). */
    private Label fixed(String key) {
        Label l = Controls.label(i18n, key);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node tableWithButtons() {
        table.setId("api-sources");
        table.getColumns().add(col("api.col.name", ApiSource::name));
        table.getColumns().add(col("api.col.url", ApiSource::url));
        table.getColumns().add(col("watch.col.profile", ApiSource::profile));
        table.getColumns().add(col("watch.col.interval", s -> i18n.get("api.every", s.pollMinutes())));
        table.getColumns().add(col("api.col.watermark", s -> s.watermark() == null ? i18n.get("api.watermark.none") : s.watermark()));
        table.getColumns().add(col("watch.col.state", s -> i18n.get(s.enabled() ? "api.state.polling" : "watch.state.paused")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("api.none"));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> edit(s));
        Button poll = Controls.button(i18n, "api-poll", "api.poll", () -> pollNow(table.getSelectionModel().getSelectedItem()));
        Button pause = new Button();
        pause.setId("api-pause");
        pause.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ApiSource s = table.getSelectionModel().getSelectedItem();
            return i18n.get(s != null && !s.enabled() ? "watch.resume" : "watch.pause");
        }, table.getSelectionModel().selectedItemProperty(), i18n.localeProperty()));
        pause.setOnAction(e -> toggle(table.getSelectionModel().getSelectedItem()));
        Button remove = Controls.button(i18n, "api-remove", "api.remove", () -> {
            ApiSource s = table.getSelectionModel().getSelectedItem();
            if (s != null && dialogs.confirm(i18n.get("api.remove"), i18n.get("api.remove.confirm", s.name()))) remove(s);
        });
        for (Button b : List.of(poll, pause, remove)) b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(6, table, new HBox(8, poll, pause, remove));
    }

    private TableColumn<ApiSource, String> col(String key, Function<ApiSource, String> value) {
        TableColumn<ApiSource, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        Controls.fitHeader(c);
        return c;
    }

    private void edit(ApiSource s) {
        if (s == null) return;
        name.setText(s.name());
        url.setText(s.url());
        profile.setValue(s.profile());
        token.setText(s.tokenFile() == null ? "" : s.tokenFile());
        paging.setValue(s.paging());
        items.setText(s.items());
        every.getValueFactory().setValue(s.pollMinutes());
    }

    private void save() {
        String n = name.getText().strip();
        String tokenText = token.getText().strip();
        ApiSource existing = sources.stream().filter(s -> s.name().equals(n)).findFirst().orElse(null);
        ApiSource s;
        try {
            ApiPaging p = paging.getValue();
            s = new ApiSource(0, n, url.getText().strip(), profile.getValue(), tokenText.isEmpty() ? null : Path.of(tokenText).toAbsolutePath().toString(),
                    p, existing != null ? existing.pageParam() : p == ApiPaging.CURSOR ? "cursor" : "page",
                    existing != null ? existing.sinceParam() : "updated_since", items.getText().isBlank() ? "data" : items.getText().strip(),
                    existing != null ? existing.nextCursor() : "next_cursor", existing != null ? existing.watermarkField() : "updated_at",
                    null, every.getValue(), existing == null || existing.enabled());
        } catch (IllegalArgumentException e) {
            say("api.error.form", Failures.of(e));
            return;
        }
        tasks.execute(new BackgroundTask<ApiSource>("") {
            @Override
            public ApiSource call() {
                if (s.tokenFile() != null && !Files.isRegularFile(Path.of(s.tokenFile()))) throw InvalidInput.of("api.error.no_token", s.tokenFile());
                ApiSource saved = desk.saveApi(s);
                desk.pollSoon(saved);
                return saved;
            }
        }, saved -> {
            say("api.saved", saved.name());
            refresh();
            onChange.run();
        }, e -> show(e instanceof InvalidInput bad ? bad.message() : Message.of("watch.error", Failures.of(e))));
    }

    private void pollNow(ApiSource s) {
        if (s == null) return;
        tasks.execute(new BackgroundTask<Boolean>("") {
            @Override
            public Boolean call() { return desk.pollSoon(s); }
        }, asked -> say(asked ? "api.polling" : "api.error.no_watcher", s.name()), e -> say("watch.error", Failures.of(e)));
    }

    private void toggle(ApiSource s) {
        if (s == null) return;
        ApiSource flipped = new ApiSource(s.id(), s.name(), s.url(), s.profile(), s.tokenFile(), s.paging(), s.pageParam(), s.sinceParam(),
                s.items(), s.nextCursor(), s.watermarkField(), s.watermark(), s.pollMinutes(), !s.enabled());
        tasks.execute(new BackgroundTask<ApiSource>("") {
            @Override
            public ApiSource call() { return desk.saveApi(flipped); }
        }, saved -> {
            say(saved.enabled() ? "api.resumed" : "api.paused", saved.name());
            refresh();
        }, e -> say("watch.error", Failures.of(e)));
    }

    private void remove(ApiSource s) {
        tasks.execute(new BackgroundTask<Boolean>("") {
            @Override
            public Boolean call() { return desk.removeApi(s.name()); }
        }, ok -> {
            say("api.removed", s.name());
            refresh();
        }, e -> say("watch.error", Failures.of(e)));
    }

    private void say(String key, Object... args) {
        show(Message.of(key, args));
    }

    private void show(Message m) {
        statusMessage = m;
        status.setText(i18n.get(m, m.english()));
    }

}
