package org.salestrack.ui.channel;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.model.Dimension;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.MemberNames;

/** The comparison tables (types and channels): sortable on the figures, the text only how they show. */
final class ChannelTables {
    private static final double ROW = 26;
    private static final double HEADER = 30;

    private ChannelTables() {}

    /** What a row is called: online/offline in the reader's language, a channel as {@link MemberNames} names it. */
    static String name(ChannelRow r, boolean typeRow, I18n i18n) {
        if (typeRow) return i18n.get(switch (r.type()) {
            case ONLINE -> "channels.type.online";
            case OFFLINE -> "channels.type.offline";
        });
        return MemberNames.of(Dimension.CHANNEL, r.key(), r.name(), i18n);
    }

    static TableView<ChannelRow> table(I18n i18n, String id, boolean typeRows) {
        TableView<ChannelRow> t = new TableView<>();
        t.setId(id);
        t.getColumns().add(column(i18n, "channels.col.channel", r -> name(r, typeRows, i18n), v -> v, 130));
        if (!typeRows) {
            t.getColumns().add(column(i18n, "channels.col.type", r -> name(r, true, i18n), v -> v, 70));
        }
        t.getColumns().add(column(i18n, "channels.col.units", r -> r.now().qty(), v -> Format.units(v, i18n.locale()), 80));
        t.getColumns().add(column(i18n, "channels.col.unit.share", r -> nan(r.unitShare()), v -> pct(v, i18n, false), 80));
        t.getColumns().add(column(i18n, "channels.col.revenue", r -> r.now().amountE4(), v -> Format.moneyShort(v, i18n.locale()), 110));
        t.getColumns().add(column(i18n, "channels.col.revenue.share", r -> nan(r.revenueShare()), v -> pct(v, i18n, false), 90));
        t.getColumns().add(column(i18n, "channels.col.asp", r -> r.aspE4(), v -> Format.money(v, i18n.locale()), 95));
        t.getColumns().add(column(i18n, "channels.col.margin", r -> nan(r.marginRate()), v -> pct(v, i18n, false), 75));
        t.getColumns().add(column(i18n, "channels.col.growth.previous", r -> nan(r.growthPrevious()), v -> pct(v, i18n, true), 95));
        t.getColumns().add(column(i18n, "channels.col.growth.year", r -> nan(r.growthLastYear()), v -> pct(v, i18n, true), 95));
        t.setPlaceholder(new javafx.scene.control.Label());
        t.setFixedCellSize(ROW);
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** Missing ratios sort below every figure. */
    private static Double nan(Double v) { return v == null ? Double.NaN : v; }

    static String pct(Double v, I18n i18n, boolean signed) {
        if (v == null || Double.isNaN(v)) return "–";
        return signed ? Format.signedPercent(OptionalDouble.of(v), i18n.locale()) : Format.percent(OptionalDouble.of(v), i18n.locale());
    }

    private static <T extends Comparable<T>> TableColumn<ChannelRow, T> column(I18n i18n, String key, Function<ChannelRow, T> value,
                                                                            Function<T, String> text, double width) {
        return org.salestrack.ui.Controls.sortedColumn(i18n, key, value, text, width);
    }

    /** Shows the rows at the height they take (a few channels left half the table empty), plus room for a sideways scroll bar. */
    static void show(TableView<ChannelRow> t, List<ChannelRow> rows) {
        t.getItems().setAll(rows);
        t.setPrefHeight(HEADER + ROW * Math.max(rows.size(), 1) + 18);
        t.setMinHeight(t.getPrefHeight());
    }
}
