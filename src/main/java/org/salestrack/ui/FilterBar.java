package org.salestrack.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import org.slf4j.LoggerFactory;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * The global filters: a date preset or custom range, and multi-selects for geography (region > province >
 * city), product (category > series > model > SKU) and channel. Each lower level lists only the members
 * under what is chosen above it.
 */
public final class FilterBar extends FlowPane {
    private static final List<Dimension> PICKERS = List.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CITY, Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU,
            Dimension.CHANNEL);
    private final StateManager state;
    private final ExploreService explore;
    private final TaskExecutor queries;
    private final Map<Dimension, MemberPicker> pickers = new EnumMap<>(Dimension.class);
    private final ComboBox<DatePreset> preset = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final PureSalesPicker pure;
    private final InvalidationListener onSlice = o -> follow();
    private final I18n i18n;
    private final InvalidationListener onLocale = o -> relabel();
    private boolean syncing;

    public FilterBar(StateManager state, ExploreService explore, TaskExecutor queries, I18n i18n) {
        super(8, 6);
        this.state = state;
        this.explore = explore;
        this.queries = queries;
        this.i18n = i18n;
        setId("filter-bar");
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        preset.setId("filter-preset");
        preset.getItems().addAll(DatePreset.values());
        // a custom range leaves no preset: the box says so (the prompt text alone is lost once a value was shown)
        preset.setButtonCell(DimLabels.cell(i18n, p -> "preset." + p.id(), "preset.custom"));
        preset.setCellFactory(l -> DimLabels.cell(i18n, p -> "preset." + p.id()));
        preset.setPromptText(i18n.get("preset.custom"));
        preset.valueProperty().addListener((o, a, p) -> {
            if (!syncing && p != null) state.applyPreset(p);
        });
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPrefWidth(125);
        to.setPrefWidth(125);
        // ISO dates read the same in English and Chinese; the machine's locale would show 1/1/2025 to both
        from.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        to.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        from.valueProperty().addListener(o -> customRange());
        to.valueProperty().addListener(o -> customRange());
        Label dash = new Label("–");
        getChildren().addAll(preset, from, dash, to);
        for (Dimension d : PICKERS) {
            MemberPicker p = new MemberPicker(d, state, i18n);
            pickers.put(d, p);
            getChildren().add(p);
        }
        pure = new PureSalesPicker(state, i18n);
        getChildren().add(pure);
        state.sliceProperty().addListener(onSlice);
        i18n.localeProperty().addListener(onLocale);
        follow();
        loadMembers();
    }

    private void relabel() {
        pickers.values().forEach(MemberPicker::updateTitle);
        pure.follow();
    }

    private void customRange() {
        if (syncing || from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) return;
        Slice s = state.slice();
        if (!s.from().equals(from.getValue()) || !s.to().equals(to.getValue())) state.setRange(from.getValue(), to.getValue());
    }

    /** Reads every dimension's members in the background (after an import, too). */
    public void loadMembers() {
        queries.execute(new BackgroundTask<List<String>>("") {
            @Override
            public List<String> call() { return explore.campaignTags(); }
        }, pure::setTags, e -> LoggerFactory.getLogger(FilterBar.class).warn("cannot list the campaign tags", e));
        queries.execute(new BackgroundTask<Map<Dimension, List<Member>>>("") {
            @Override
            public Map<Dimension, List<Member>> call() {
                Map<Dimension, List<Member>> m = new EnumMap<>(Dimension.class);
                for (Dimension d : PICKERS) m.put(d, explore.members(d));
                return m;
            }
        }, m -> {
            m.forEach((d, members) -> pickers.get(d).setMembers(members, java.util.Set.of()));
            m.values().forEach(state::knowLabels);
            cascade();
        }, e -> LoggerFactory.getLogger(FilterBar.class).warn("cannot list filter members", e));
    }

    private void follow() {
        syncing = true;
        try {
            Slice s = state.slice();
            preset.setValue(state.presetProperty().get());
            from.setValue(s.from());
            to.setValue(s.to());
            pure.follow();
        } finally {
            syncing = false;
        }
        cascade();
    }

    private void cascade() {
        Slice s = state.slice();
        Dimension above = null;
        for (Dimension d : PICKERS) {
            MemberPicker p = pickers.get(d);
            boolean chained = above != null && d != Dimension.CATEGORY && d != Dimension.CHANNEL;
            p.setMembers(p.all(), chained ? s.keys(above) : java.util.Set.of());
            above = d;
        }
    }

    public void close() {
        state.sliceProperty().removeListener(onSlice);
        i18n.localeProperty().removeListener(onLocale);
    }
}
