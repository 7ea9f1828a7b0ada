package org.salestrack.ui.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.salestrack.model.Severity;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.DimLabels;
import org.salestrack.ui.I18n;
import org.salestrack.validate.RuleSetting;

/**
 * Edits one rule's setting: on or off, severity, and its parameters as text (the service checks them
 * against their types and bounds, and audits the change). Loading the current values is a query, so it
 * runs on the executor.
 */
final class RuleEditor extends VBox {
    private final QualityViewModel vm;
    private final I18n i18n;
    private final TaskExecutor queries;
    private final ComboBox<String> rule = new ComboBox<>();
    private final CheckBox enabled = new CheckBox();
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final GridPane params = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();

    RuleEditor(QualityViewModel vm, TaskExecutor queries, I18n i18n) {
        super(8);
        this.i18n = i18n;
        this.vm = vm;
        this.queries = queries;
        setPadding(new Insets(8));
        rule.setId("quality-rule-edit");
        enabled.setId("quality-rule-enabled");
        enabled.textProperty().bind(i18n.bind("quality.rule.enabled"));
        severity.getItems().add(null);
        severity.getItems().addAll(Severity.values());
        severity.setCellFactory(l -> DimLabels.cell(i18n, s -> s == null ? "quality.rule.default.severity" : Labels.severity(s)));
        severity.setButtonCell(DimLabels.cell(i18n, s -> s == null ? "quality.rule.default.severity" : Labels.severity(s)));
        params.setHgap(8);
        params.setVgap(4);
        Button save = new Button();
        save.setId("quality-rule-save");
        save.textProperty().bind(i18n.bind("quality.rule.save"));
        save.setOnAction(e -> save());
        save.disableProperty().bind(rule.valueProperty().isNull());
        Label title = new Label();
        title.textProperty().bind(i18n.bind("quality.rules.title"));
        title.getStyleClass().add("section-title");
        rule.setCellFactory(l -> org.salestrack.ui.quality.TextCells.cell(i18n, this::ruleName));
        rule.setButtonCell(org.salestrack.ui.quality.TextCells.cell(i18n, this::ruleName, true));
        severity.setId("quality-rule-severity");
        Label severityLabel = new Label();
        severityLabel.textProperty().bind(i18n.bind("quality.rule.severity"));
        severityLabel.setLabelFor(severity);
        HBox head = new HBox(8, rule, enabled, severityLabel, severity);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, head, params, save);
        rule.valueProperty().addListener((o, a, r) -> load(r));
    }

    private String ruleName(String id) {
        if (id == null) return "";
        String key = "quality.rule.name." + id;
        return i18n.has(key) ? i18n.get(key) : id;
    }

    void setRules(java.util.List<String> ids) {
        rule.getItems().setAll(ids);
    }

    private void load(String id) {
        params.getChildren().clear();
        fields.clear();
        if (id == null) return;
        queries.execute(new BackgroundTask<Object[]>("") {
            @Override
            public Object[] call() {
                RuleSetting s = vm.service().settings().getOrDefault(id, RuleSetting.defaults());
                return new Object[] {s, vm.service().parameters(id).asMap()};
            }
        }, r -> {
            if (!id.equals(rule.getValue())) return;
            RuleSetting s = (RuleSetting) r[0];
            enabled.setSelected(s.enabled());
            severity.setValue(s.severity());
            int row = 0;
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) r[1];
            for (Map.Entry<String, Object> e : values.entrySet()) {
                TextField f = new TextField(String.valueOf(e.getValue()));
                f.setId("quality-param-" + e.getKey());
                fields.put(e.getKey(), f);
                String key = "quality.param." + e.getKey();
                Label name = new Label(i18n.has(key) ? i18n.get(key) : e.getKey());
                // the id is what a rules file for `validate --rules` says
                name.setTooltip(new javafx.scene.control.Tooltip(e.getKey()));
                params.addRow(row++, name, f);
            }
        }, e -> { });
    }

    private void save() {
        String id = rule.getValue();
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((k, f) -> values.put(k, f.getText().strip()));
        vm.saveSetting(id, new RuleSetting(enabled.isSelected(), severity.getValue(), values), () -> load(id));
    }
}
