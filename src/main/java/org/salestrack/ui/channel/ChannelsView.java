package org.salestrack.ui.channel;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.salestrack.model.channel.AgeBandUnits;
import org.salestrack.model.channel.ChannelBoard;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.channel.ShopperGroup;
import org.salestrack.ui.Controls;
import org.salestrack.ui.FilterLine;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;

/**
 * The Channels screen (issue 14 #5): online against offline and each channel (shares of units and revenue,
 * ASP, margin, growth on the previous period and a year before), the offline-over-online ASP gap, and the
 * customers: O2O pickup orders, customers seen in both channel types against single-channel ones, units by
 * age band. Follows the global filters except the channel ones, which it marks; a click on a row filters the
 * other screens like any member (ctrl-click adds a channel).
 */
public final class ChannelsView implements Screen {
    private final ChannelsViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<ChannelRow> types;
    private final TableView<ChannelRow> channels;
    private final Label aspGap = new Label();
    private final Label error = new Label();
    private final Label o2o = new Label();
    private final Label customersNote = new Label();
    private final GridPane shoppers = new GridPane();
    private final GridPane ages = new GridPane();
    private final FilterLine filterLine;
    private final InvalidationListener onLocale = o -> render();

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::channels,
                s -> new ChannelsViewModel(s, ctx.state(), ctx.requests(), ctx.tasks()), ChannelsView::new);
    }

    ChannelsView(ChannelsViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.i18n = ctx.i18n();
        types = ChannelTables.table(i18n, "channels-types", true);
        channels = ChannelTables.table(i18n, "channels-table", false);
        channels.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        clickable(types, true);
        clickable(channels, false);
        aspGap.setId("channels-asp-gap");
        aspGap.setWrapText(true);
        o2o.setId("channels-o2o");
        o2o.setWrapText(true);
        customersNote.setId("channels-customers-note");
        customersNote.setWrapText(true);
        shoppers.setId("channels-shoppers");
        shoppers.setHgap(18);
        shoppers.setVgap(4);
        ages.setId("channels-ages");
        ages.setHgap(18);
        ages.setVgap(4);
        error.setId("channels-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        filterLine = new FilterLine("channels-filters", ctx.state(), i18n, true);
        Label note = Controls.label(i18n, "channels.note");
        note.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busy());
        HBox filters = new HBox(10, filterLine, spinner);
        HBox.setHgrow(filterLine, Priority.ALWAYS);

        VBox typeCard = Controls.card(i18n, "channels.types.title", types, aspGap);
        VBox channelCard = Controls.card(i18n, "channels.channels.title", Controls.label(i18n, "channels.click.hint"), channels);
        VBox shopperCard = Controls.card(i18n, "channels.customers.title", customersNote, shoppers, o2o);
        VBox ageCard = Controls.card(i18n, "channels.ages.title", ages);
        HBox.setHgrow(shopperCard, Priority.ALWAYS);
        HBox.setHgrow(ageCard, Priority.ALWAYS);
        HBox customers = new HBox(12, shopperCard, ageCard);
        VBox content = new VBox(12, typeCard, channelCard, customers);
        content.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("channels-scroll");
        scroll.setFitToWidth(true);
        VBox head = new VBox(6, filters, note, error);
        head.setPadding(new Insets(12, 16, 4, 16));
        root.setTop(head);
        root.setCenter(scroll);
        root.getStyleClass().add("screen");

        vm.boardProperty().addListener(o -> render());
        vm.mixProperty().addListener(o -> render());
        vm.filtersProperty().addListener(o -> mark());
        var failure = vm.error();
        failure.addListener(o -> {
            Throwable e = failure.get();
            error.setText(e == null ? "" : i18n.get("channels.error", org.salestrack.ui.Failures.text(i18n, e)));
        });
        root.getProperties().put("channels-error-binding", failure);
        i18n.localeProperty().addListener(onLocale);
        render();
    }

    private void clickable(TableView<ChannelRow> table, boolean typeRows) {
        table.setRowFactory(t -> {
            TableRow<ChannelRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                ChannelRow r = row.getItem();
                if (r == null || e.getButton() != MouseButton.PRIMARY) return;
                String label = ChannelTables.name(r, typeRows, i18n);
                if (typeRows) vm.clickType(r, label); else vm.clickChannel(r, label, e.isShortcutDown() || e.isControlDown());
            });
            return row;
        });
    }

    private void render() {
        Locale l = i18n.locale();
        ChannelBoard b = vm.boardProperty().get();
        ChannelTables.show(types, b == null ? java.util.List.of() : b.types());
        ChannelTables.show(channels, b == null ? java.util.List.of() : b.channels());
        if (b == null) aspGap.setText("");
        else if (b.aspGap() == null) aspGap.setText(i18n.get("channels.asp.gap.none"));
        else aspGap.setText(i18n.get("channels.asp.gap", Format.signedPercent(OptionalDouble.of(b.aspGap()), l),
                Format.money(row(b, "offline").aspE4(), l), Format.money(row(b, "online").aspE4(), l)));
        showCustomers(vm.mixProperty().get(), b, l);
        mark();
    }

    private static ChannelRow row(ChannelBoard b, String type) {
        return b.types().stream().filter(r -> r.key().equals(type)).findFirst().orElseThrow();
    }

    /** Selects the rows the global channel filters keep, so the reader sees what the other screens show. */
    private void mark() {
        select(channels, vm.keptChannels());
        select(types, vm.keptTypes());
    }

    private static void select(TableView<ChannelRow> t, Set<String> keys) {
        t.getSelectionModel().clearSelection();
        for (int i = 0; i < t.getItems().size(); i++) if (keys.contains(t.getItems().get(i).key())) t.getSelectionModel().select(i);
    }

    private void showCustomers(CustomerMix m, ChannelBoard b, Locale l) {
        shoppers.getChildren().clear();
        ages.getChildren().clear();
        if (m == null) {
            customersNote.setText(i18n.get("channels.customers.loading"));
            o2o.setText("");
            return;
        }
        customersNote.setText(m.hasCustomers() ? i18n.get("channels.customers.note") : i18n.get("channels.customers.none"));
        String[] heads = {"channels.shoppers.group", "channels.shoppers.customers", "channels.shoppers.spend", "channels.shoppers.repeat"};
        for (int c = 0; c < heads.length; c++) shoppers.add(header(heads[c]), c, 0);
        shopperRow(1, "both", i18n.get("channels.shoppers.both"), m.both(), l);
        shopperRow(2, "online", i18n.get("channels.shoppers.online"), m.onlineOnly(), l);
        shopperRow(3, "offline", i18n.get("channels.shoppers.offline"), m.offlineOnly(), l);
        long onlineUnits = b == null ? 0 : b.types().stream().filter(r -> r.key().equals("online")).mapToLong(r -> r.now().qty()).sum();
        o2o.setText(m.o2oOrders() == 0 ? i18n.get("channels.o2o.none")
                : i18n.get("channels.o2o", Format.units(m.o2oOrders(), l), Format.units(m.o2oUnits(), l), Format.money(m.o2oAmountE4(), l),
                        ChannelTables.pct(onlineUnits == 0 ? null : (double) m.o2oUnits() / onlineUnits, i18n, false)));
        if (m.ageBands().isEmpty()) {
            Label none = Controls.label(i18n, "channels.ages.none");
            none.setId("channels-ages-none");
            none.setWrapText(true);
            ages.add(none, 0, 0);
            return;
        }
        String[] ageHeads = {"channels.ages.band", "channels.ages.online", "channels.ages.offline", "channels.ages.online.share"};
        for (int c = 0; c < ageHeads.length; c++) ages.add(header(ageHeads[c]), c, 0);
        int r = 1;
        for (AgeBandUnits a : m.ageBands()) {
            ages.add(cell("channels-age-" + r + "-band", a.band()), 0, r);
            ages.add(cell("channels-age-" + r + "-online", Format.units(a.online(), l)), 1, r);
            ages.add(cell("channels-age-" + r + "-offline", Format.units(a.offline(), l)), 2, r);
            ages.add(cell("channels-age-" + r + "-share", ChannelTables.pct(a.total() == 0 ? null : (double) a.online() / a.total(), i18n, false)), 3, r);
            r++;
        }
    }

    private void shopperRow(int r, String id, String name, ShopperGroup g, Locale l) {
        shoppers.add(new Label(name), 0, r);
        shoppers.add(cell("channels-" + id + "-customers", Format.units(g.customers(), l)), 1, r);
        Long spend = g.spendPerCustomerE4();
        shoppers.add(cell("channels-" + id + "-spend", spend == null ? "–" : Format.money(spend, l)), 2, r);
        shoppers.add(cell("channels-" + id + "-repeat", ChannelTables.pct(g.repeatRate(), i18n, false)), 3, r);
    }

    private Label header(String key) {
        Label h = Controls.label(i18n, key);
        h.getStyleClass().add("card-title");
        return h;
    }

    private static Label cell(String id, String text) {
        Label c = new Label(text);
        c.setId(id);
        return c;
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }
}
