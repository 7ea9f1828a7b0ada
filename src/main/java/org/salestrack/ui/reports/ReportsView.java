package org.salestrack.ui.reports;

import java.awt.Desktop;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.salestrack.model.report.ReportSection;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;
import org.salestrack.ui.PartialPeriods;
import org.salestrack.ui.Screen;
import org.salestrack.ui.Unavailable;
import org.salestrack.ui.WorkbenchContext;

/** The Reports screen: period, sections, language, Build with progress and Cancel, then Open. */
public final class ReportsView implements Screen {
    private final ReportsViewModel vm;
    private final I18n i18n;
    private final WorkbenchContext ctx;
    private final VBox root = new VBox(12);
    private final Label message = new Label();
    private final Label detailNote = new Label();
    /** Whether the user picked the workbook's language; until then it follows the UI's. */
    private boolean languageChosen;
    private RadioButton en;
    private RadioButton zh;
    private final InvalidationListener onLocale = o -> followLanguage();

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().reports() == null) return Unavailable.screen(ctx.i18n());
        return new ReportsView(new ReportsViewModel(ctx.screens().reports(), ctx.tasks(), ctx.i18n().locale()), ctx);
    }

    ReportsView(ReportsViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        root.setPadding(new Insets(16));
        root.getStyleClass().add("reports-screen");
        ComboBox<YearMonth> period = new ComboBox<>(vm.months());
        period.setId("reports-period");
        period.valueProperty().bindBidirectional(vm.periodProperty());
        period.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(YearMonth m) { return PartialPeriods.month(i18n, m, vm.asOfProperty().get()); }

            @Override
            public YearMonth fromString(String s) { return s == null || s.isBlank() ? null : YearMonth.parse(s.substring(0, 7)); }
        });
        FlowPane sections = new FlowPane(12, 8);
        for (ReportSection s : ReportSection.values()) {
            CheckBox c = new CheckBox();
            c.setId("reports-section-" + s.id());
            c.textProperty().bind(i18n.bind(sectionKey(s)));
            c.setSelected(vm.sections().contains(s));
            c.setDisable(!vm.available().contains(s));
            c.selectedProperty().addListener((o, a, on) -> {
                if (on) vm.sections().add(s); else vm.sections().remove(s);
            });
            // the view model unticks Detail for a month of many lines
            vm.sections().addListener((javafx.collections.SetChangeListener<ReportSection>) ch -> c.setSelected(vm.sections().contains(s)));
            sections.getChildren().add(c);
        }
        detailNote.setId("reports-detail-note");
        detailNote.setWrapText(true);
        vm.detailNoteProperty().addListener(o -> showDetailNote());
        ToggleGroup lang = new ToggleGroup();
        en = radio("reports-lang-en", "lang.en", lang, Locale.ENGLISH);
        zh = radio("reports-lang-zh", "lang.zh", lang, Locale.SIMPLIFIED_CHINESE);
        (vm.languageProperty().get().getLanguage().equals("zh") ? zh : en).setSelected(true);
        Button build = Controls.button(i18n, "reports-build", "reports.build", this::build);
        build.disableProperty().bind(vm.busyProperty().or(vm.periodProperty().isNull()));
        Button cancel = Controls.button(i18n, "reports-cancel", "reports.cancel", vm::cancel);
        cancel.disableProperty().bind(vm.busyProperty().not());
        Button open = Controls.button(i18n, "reports-open", "reports.open", this::open);
        open.disableProperty().bind(vm.writtenProperty().isNull());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        message.setId("reports-message");
        message.setWrapText(true);
        vm.messageProperty().addListener(o -> showMessage());
        i18n.localeProperty().addListener(onLocale);
        Label title = Controls.label(i18n, "reports.title");
        title.getStyleClass().add("section-title");
        Label hint = Controls.label(i18n, "reports.hint");
        hint.setWrapText(true);
        Label only = Controls.label(i18n, "reports.store.sections");
        only.setId("reports-store-sections");
        only.setWrapText(true);
        only.setManaged(vm.available().size() < ReportSection.values().length);
        only.setVisible(only.isManaged());
        root.getChildren().addAll(title, hint, row(Controls.label(i18n, "reports.period"), period), Controls.label(i18n, "reports.sections"), sections, detailNote, only,
                row(Controls.label(i18n, "reports.language"), en, zh), row(build, cancel, spinner, open), message);
        vm.loadMonths();
    }

    private void build() {
        ctx.dialogs().chooseSaveFile(i18n.get("reports.build"), vm.suggestedName())
                .ifPresent(out -> vm.build(out, i18n.get("reports.task", out.getFileName())));
    }

    /** Opens the workbook with the system's spreadsheet program, or says where it is. */
    private void open() {
        Path p = vm.writtenProperty().get();
        if (p == null) return;
        boolean desktop = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!desktop) {
            ctx.dialogs().showInfo(i18n.get("reports.open"), i18n.get("reports.open.path", p.toAbsolutePath()));
            return;
        }
        // Desktop.open may wait for the file association: never on the FX thread
        ctx.queries().execute(new BackgroundTask<Void>("") {
            @Override
            public Void call() throws Exception {
                Desktop.getDesktop().open(p.toFile());
                return null;
            }
        }, v -> { }, e -> ctx.dialogs().showInfo(i18n.get("reports.open"), i18n.get("reports.open.path", p.toAbsolutePath())));
    }

    private void showDetailNote() {
        org.salestrack.model.Message m = vm.detailNoteProperty().get();
        detailNote.setText(m == null ? "" : i18n.get(m, m.english()));
    }

    private void showMessage() {
        org.salestrack.model.Message m = vm.messageProperty().get();
        message.setText(m == null ? "" : i18n.get(m, m.english()));
    }

    static String sectionKey(ReportSection s) {
        return switch (s) {
            case SUMMARY -> "reports.section.summary";
            case REGIONS -> "reports.section.regions";
            case PROVINCES -> "reports.section.provinces";
            case SERIES -> "reports.section.series";
            case CHANNELS -> "reports.section.channels";
            case MARKET -> "market.report.section";
            case DEALERS -> "reports.section.dealers";
            case CUSTOMERS -> "reports.section.customers";
            case REBATES -> "reports.section.rebates";
            case FORECAST -> "reports.section.forecast";
            case MARKETING -> "reports.section.marketing";
            case INVENTORY -> "reports.section.inventory";
            case STOCK_RISKS -> "inventory.report.section.risks";
            case FEEDBACK -> "feedback.report.section";
            case QUALITY -> "reports.section.quality";
            case PROVENANCE -> "reports.section.provenance";
            case DETAIL -> "reports.section.detail";
        };
    }

    private void followLanguage() {
        if (!languageChosen) (i18n.chinese() ? zh : en).setSelected(true);
        showMessage();
        showDetailNote();
    }

    private RadioButton radio(String id, String key, ToggleGroup group, Locale locale) {
        RadioButton r = new RadioButton();
        r.setId(id);
        r.textProperty().bind(i18n.bind(key));
        r.setToggleGroup(group);
        r.setOnAction(e -> languageChosen = true);
        r.selectedProperty().addListener((o, a, on) -> {
            if (on) vm.languageProperty().set(locale);
        });
        return r;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        vm.cancel();
        i18n.localeProperty().removeListener(onLocale);
    }
}
