package org.salestrack.ui.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.DefaultStringConverter;
import org.salestrack.model.InvalidInput;
import org.salestrack.ui.Failures;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertRuleSetting;
import org.salestrack.model.alert.SentNotification;
import org.salestrack.model.alert.Webhook;
import org.salestrack.model.alert.WebhookFormat;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;

/**
 * The alert rules' parameters and the webhooks, as {@code alerts --rule/--add-webhook} set them, on the screen:
 * each rule switched on or off, its threshold (a percentage for the change rules), minimum volume, severity and
 * owner edited in its row and saved (audited) when the cell is committed; the WeCom and DingTalk robots by rule or
 * owner added and removed; and the log of what was sent.
 */
public final class AlertSettingsDialog {
    private final AlertService alerts;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ObservableList<AlertRuleSetting> rules = FXCollections.observableArrayList();
    private final ObservableList<Webhook> hooks = FXCollections.observableArrayList();
    private final ObservableList<SentNotification> sent = FXCollections.observableArrayList();
    private final Label status = new Label();

    private AlertSettingsDialog(AlertService alerts, TaskExecutor tasks, I18n i18n) {
        this.alerts = alerts;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /** Shows the dialog (not modal: the alert centre stays usable beside it). */
    public static Dialog<Void> show(Window owner, AlertService alerts, TaskExecutor tasks, I18n i18n) {
        AlertSettingsDialog d = new AlertSettingsDialog(alerts, tasks, i18n);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(i18n.get("alerts.settings.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("alert-settings");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("alerts.settings.close"), ButtonType.CLOSE.getButtonData()));
        dialog.getDialogPane().setContent(d.content());
        dialog.getDialogPane().setPrefSize(980, 640);
        d.reload();
        dialog.show();
        return dialog;
    }

    private VBox content() {
        status.setId("alert-settings-status");
        status.setWrapText(true);
        VBox box = new VBox(10, Controls.card(i18n, "alerts.settings.rules", rulesTable()), Controls.card(i18n, "alerts.settings.webhooks", webhookForm(), hooksTable()),
                Controls.card(i18n, "alerts.settings.sent", sentTable()), status);
        return box;
    }

    private void reload() {
        tasks.execute(new BackgroundTask<Object[]>("") {
            @Override
            public Object[] call() { return new Object[] {new ArrayList<>(alerts.rules().values()), alerts.webhooks(), alerts.sent()}; }
        }, r -> {
            @SuppressWarnings("unchecked") List<AlertRuleSetting> a = (List<AlertRuleSetting>) r[0];
            @SuppressWarnings("unchecked") List<Webhook> b = (List<Webhook>) r[1];
            @SuppressWarnings("unchecked") List<SentNotification> c = (List<SentNotification>) r[2];
            rules.setAll(a);
            hooks.setAll(b);
            sent.setAll(c);
        }, e -> say("alerts.settings.error", Failures.text(i18n, e)));
    }

    private static boolean percent(AlertRule r) { return r == AlertRule.CHANGE_PREVIOUS || r == AlertRule.CHANGE_YEAR; }

    private String threshold(AlertRuleSetting s) {
        return percent(s.rule()) ? String.format(Locale.ROOT, "%.1f%%", s.threshold() * 100) : trim(s.threshold());
    }

    private static String trim(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }

    private TableView<AlertRuleSetting> rulesTable() {
        TableView<AlertRuleSetting> t = new TableView<>(rules);
        t.setId("alert-rules");
        t.setEditable(true);
        t.setPrefHeight(260);
        TableColumn<AlertRuleSetting, String> name = text("alerts.col.rule", s -> ruleName(s.rule()));
        name.setPrefWidth(220);
        TableColumn<AlertRuleSetting, Boolean> on = new TableColumn<>();
        on.textProperty().bind(i18n.bind("alerts.settings.on"));
        on.setCellValueFactory(x -> {
            javafx.beans.property.SimpleBooleanProperty p = new javafx.beans.property.SimpleBooleanProperty(x.getValue().enabled());
            AlertRuleSetting s = x.getValue();
            p.addListener((o, was, now) -> save(new AlertRuleSetting(s.rule(), now, s.threshold(), s.minVolume(), s.severity(), s.owner())));
            return p;
        });
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setEditable(true);
        TableColumn<AlertRuleSetting, String> threshold = editable("alerts.settings.threshold", this::threshold, (s, v) -> {
            double d = number(v.replace("%", "").replace(",", "."));
            return new AlertRuleSetting(s.rule(), s.enabled(), percent(s.rule()) ? d / 100 : d, s.minVolume(), s.severity(), s.owner());
        });
        TableColumn<AlertRuleSetting, String> volume = editable("alerts.settings.min.volume", s -> trim(s.minVolume()), (s, v) ->
                new AlertRuleSetting(s.rule(), s.enabled(), s.threshold(), number(v), s.severity(), s.owner()));
        TableColumn<AlertRuleSetting, String> severity = new TableColumn<>();
        severity.textProperty().bind(i18n.bind("alerts.col.severity"));
        severity.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().severity()));
        severity.setCellFactory(ComboBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) { return s == null ? "" : i18n.get("alerts.severity." + s); }

            @Override
            public String fromString(String s) { return s; }
        }, "error", "warning", "info"));
        severity.setOnEditCommit(e -> {
            AlertRuleSetting s = e.getRowValue();
            save(new AlertRuleSetting(s.rule(), s.enabled(), s.threshold(), s.minVolume(), e.getNewValue(), s.owner()));
        });
        TableColumn<AlertRuleSetting, String> owner = editable("alerts.col.owner", s -> s.owner() == null ? "" : s.owner(), (s, v) ->
                new AlertRuleSetting(s.rule(), s.enabled(), s.threshold(), s.minVolume(), s.severity(), v.strip()));
        t.getColumns().addAll(List.of(name, on, threshold, volume, severity, owner));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Controls.followLanguage(i18n, t);
        return t;
    }

    private interface Edit {
        AlertRuleSetting apply(AlertRuleSetting s, String typed);
    }

    private TableColumn<AlertRuleSetting, String> editable(String key, Function<AlertRuleSetting, String> show, Edit edit) {
        TableColumn<AlertRuleSetting, String> c = text(key, show);
        c.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        c.setEditable(true);
        c.setOnEditCommit(e -> {
            AlertRuleSetting changed;
            try {
                changed = edit.apply(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue());
            } catch (IllegalArgumentException bad) {
                say("alerts.settings.bad", e.getNewValue(), Failures.text(i18n, bad));
                e.getTableView().refresh();
                return;
            }
            save(changed);
        });
        return c;
    }

    private <T> TableColumn<T, String> text(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        Controls.fitHeader(c);
        return c;
    }

    private String ruleName(AlertRule r) { return i18n.get("alerts.rule." + r.id().replace('-', '_')); }

    private void save(AlertRuleSetting s) {
        tasks.execute(new BackgroundTask<AlertRuleSetting>("") {
            @Override
            public AlertRuleSetting call() {
                alerts.saveRule(s);
                return s;
            }
        }, saved -> {
            say("alerts.settings.saved", i18n.get("alerts.rule." + saved.rule().id().replace('-', '_')));
            reload();
        }, e -> say("alerts.settings.error", Failures.text(i18n, e)));
    }

    private HBox webhookForm() {
        ComboBox<String> scope = new ComboBox<>(FXCollections.observableArrayList("rule", "owner"));
        scope.setId("webhook-scope");
        scope.setValue("rule");
        scope.setConverter(converter(s -> i18n.get("rule".equals(s) ? "alerts.settings.scope.rule" : "alerts.settings.scope.owner")));
        ComboBox<String> name = new ComboBox<>();
        name.setId("webhook-name");
        name.setEditable(true);
        List<String> ruleIds = new ArrayList<>();
        for (AlertRule r : AlertRule.values()) ruleIds.add(r.id());
        name.getItems().setAll(ruleIds);
        name.promptTextProperty().bind(i18n.bind("alerts.settings.name.prompt"));
        // rules by their names, an owner as typed
        name.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) { return id == null ? "" : AlertRule.of(id).map(AlertSettingsDialog.this::ruleName).orElse(id); }

            @Override
            public String fromString(String text) {
                if (text == null) return null;
                for (AlertRule r : AlertRule.values()) if (ruleName(r).equals(text.strip())) return r.id();
                return text.strip();
            }
        });
        scope.valueProperty().addListener((o, a, b) -> {
            name.getItems().setAll("rule".equals(b) ? ruleIds : List.of());
            name.setValue(null);
        });
        ComboBox<WebhookFormat> format = new ComboBox<>(FXCollections.observableArrayList(WebhookFormat.values()));
        format.setId("webhook-format");
        format.setValue(WebhookFormat.WECOM);
        format.setConverter(converter(f -> f == WebhookFormat.WECOM ? i18n.get("alerts.settings.wecom") : i18n.get("alerts.settings.dingtalk")));
        TextField url = new TextField();
        url.setId("webhook-url");
        url.promptTextProperty().bind(i18n.bind("alerts.settings.url.prompt"));
        HBox.setHgrow(url, Priority.ALWAYS);
        Button add = Controls.button(i18n, "webhook-add", "alerts.settings.add", () -> {
            String typed = name.getEditor().getText();
            String n = typed == null || typed.isBlank() ? name.getValue() : name.getConverter().fromString(typed);
            String u = url.getText().strip();
            if (n == null || n.isBlank() || !(u.startsWith("https://") || u.startsWith("http://"))) {
                say("alerts.settings.incomplete");
                return;
            }
            String sc = scope.getValue();
            WebhookFormat f = format.getValue();
            tasks.execute(new BackgroundTask<Void>("") {
                @Override
                public Void call() {
                    alerts.addWebhook(sc, n, f, u);
                    return null;
                }
            }, v -> {
                url.clear();
                say("alerts.settings.added", n);
                reload();
            }, e -> say("alerts.settings.error", Failures.text(i18n, e)));
        });
        HBox row = new HBox(8, scope, name, format, url, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox hooksTable() {
        TableView<Webhook> t = new TableView<>(hooks);
        t.setId("alert-webhooks");
        t.setPrefHeight(120);
        t.getColumns().add(text("alerts.settings.for", w -> i18n.get("rule".equals(w.scope()) ? "alerts.settings.scope.rule" : "alerts.settings.scope.owner")
                + " " + ("rule".equals(w.scope()) ? AlertRule.of(w.name()).map(r -> i18n.get("alerts.rule." + r.id().replace('-', '_'))).orElse(w.name()) : w.name())));
        t.getColumns().add(text("alerts.settings.format", w -> w.format() == WebhookFormat.WECOM ? i18n.get("alerts.settings.wecom") : i18n.get("alerts.settings.dingtalk")));
        t.getColumns().add(text("alerts.settings.url", Webhook::url));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(Controls.label(i18n, "alerts.settings.no.webhooks"));
        Button remove = Controls.button(i18n, "webhook-remove", "alerts.settings.remove", () -> {
            Webhook w = t.getSelectionModel().getSelectedItem();
            if (w == null) return;
            tasks.execute(new BackgroundTask<Void>("") {
                @Override
                public Void call() {
                    alerts.removeWebhook(w.id());
                    return null;
                }
            }, v -> reload(), e -> say("alerts.settings.error", Failures.text(i18n, e)));
        });
        remove.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(6, t, remove);
    }

    private TableView<SentNotification> sentTable() {
        TableView<SentNotification> t = new TableView<>(sent);
        t.setId("alert-sent");
        t.setPrefHeight(120);
        t.getColumns().add(text("alerts.settings.sent.at", n -> org.salestrack.ui.Format.dateTime(n.at())));
        t.getColumns().add(text("alerts.settings.sent.alert", n -> n.alertId() == null ? "" : "#" + n.alertId()));
        t.getColumns().add(text("alerts.settings.url", SentNotification::url));
        t.getColumns().add(text("alerts.settings.sent.attempts", n -> Integer.toString(n.attempts())));
        t.getColumns().add(text("alerts.settings.sent.result", n -> n.ok() ? i18n.get("alerts.settings.sent.ok")
                : i18n.get("alerts.settings.sent.failed", n.status() == null ? "–" : n.status())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(Controls.label(i18n, "alerts.settings.nothing.sent"));
        return t;
    }

    private static <T> javafx.util.StringConverter<T> converter(Function<T, String> show) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : show.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    private static double number(String typed) {
        try {
            return Double.parseDouble(typed.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("input.not_number", typed.strip());
        }
    }

    private void say(String key, Object... args) { status.setText(i18n.get(key, args)); }
}
