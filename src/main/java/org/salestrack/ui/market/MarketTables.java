package org.salestrack.ui.market;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.model.Provinces;
import org.salestrack.model.market.CompetitorErosion;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.Interval;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/** The Market screen's tables: brand ranking by province, competitor events with their effect, policies with theirs. */
final class MarketTables {
    private MarketTables() {}

    static TableView<MarketScreenData.RankingRow> ranking(I18n i18n, ObservableList<MarketScreenData.RankingRow> rows) {
        TableView<MarketScreenData.RankingRow> t = new TableView<>(rows);
        t.setId("market-ranking");
        // provinces in the reader's language, as the tile map names them
        t.getColumns().add(column(i18n, "market.col.province",
                r -> org.salestrack.ui.MemberNames.of(org.salestrack.model.Dimension.PROVINCE, r.province(), r.name(), i18n), 90));
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        t.getColumns().add(column(i18n, "market.col.own.share", r -> percent(r.ownShare(), i18n.locale()), 90));
        t.getColumns().add(column(i18n, "market.col.own.rank", r -> r.ownRank() + " / " + r.brands(), 70));
        t.getColumns().add(column(i18n, "market.col.leader", r -> r.leader(), 90));
        t.getColumns().add(column(i18n, "market.col.leader.share", r -> percent(r.leaderShare(), i18n.locale()), 90));
        t.setPlaceholder(new javafx.scene.control.Label());
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    static TableView<EventEffect> events(I18n i18n, ObservableList<EventEffect> rows) {
        TableView<EventEffect> t = new TableView<>(rows);
        t.setId("market-events");
        t.getColumns().add(column(i18n, "market.col.date", e -> e.event().date().toString(), 90));
        t.getColumns().add(column(i18n, "market.col.brand", e -> e.event().brand(), 70));
        t.getColumns().add(column(i18n, "market.col.model", e -> e.event().model() == null ? "–" : e.event().model(), 100));
        t.getColumns().add(column(i18n, "market.col.kind", e -> kind(i18n, e), 80));
        t.getColumns().add(column(i18n, "market.col.provinces", e -> e.event().nationwide() ? i18n.get("market.nationwide")
                : names(e.event().provinces(), i18n), 150));
        t.getColumns().add(column(i18n, "market.col.share.change", e -> Double.isNaN(e.treatedBefore()) ? "–"
                : percent(e.treatedBefore(), i18n.locale()) + " → " + percent(e.treatedAfter(), i18n.locale()), 120));
        t.getColumns().add(column(i18n, "market.col.control.change", e -> Double.isNaN(e.controlBefore()) ? "–"
                : percent(e.controlBefore(), i18n.locale()) + " → " + percent(e.controlAfter(), i18n.locale()), 120));
        t.getColumns().add(column(i18n, "market.col.effect", e -> effect(i18n, e), 210));
        t.getColumns().add(column(i18n, "market.col.units.lost", e -> units(i18n, e.unitsLost()), 80));
        t.setPlaceholder(new javafx.scene.control.Label());
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    static TableView<CompetitorErosion> erosion(I18n i18n, ObservableList<CompetitorErosion> rows) {
        TableView<CompetitorErosion> t = new TableView<>(rows);
        t.setId("market-erosion");
        t.getColumns().add(column(i18n, "market.col.brand", CompetitorErosion::brand, 90));
        t.getColumns().add(column(i18n, "market.col.moves", c -> Integer.toString(c.events()), 70));
        t.getColumns().add(column(i18n, "market.col.effect", c -> c.effectPp() == null ? i18n.get("market.why.too_few")
                : points(i18n, c.effectPp()), 210));
        t.getColumns().add(column(i18n, "market.col.units.lost", c -> units(i18n, c.unitsLost()), 80));
        t.setPlaceholder(new javafx.scene.control.Label());
        t.setPrefHeight(110);
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    static TableView<PolicyEffect> policies(I18n i18n, ObservableList<PolicyEffect> rows) {
        TableView<PolicyEffect> t = new TableView<>(rows);
        t.setId("market-policies");
        t.getColumns().add(column(i18n, "market.col.policy", p -> p.policy().name(), 200));
        t.getColumns().add(column(i18n, "market.col.period", p -> p.policy().starts() + " – " + p.policy().ends(), 170));
        t.getColumns().add(column(i18n, "market.col.provinces", p -> p.policy().nationwide() ? i18n.get("market.nationwide")
                : names(p.policy().provinces(), i18n), 110));
        t.getColumns().add(column(i18n, "market.col.eligible", p -> String.join(" ", p.eligibleBands()), 110));
        t.getColumns().add(column(i18n, "market.col.others.effect", p -> relative(i18n, p.otherBrands(), p.why()), 190));
        t.getColumns().add(column(i18n, "market.col.own.effect", p -> relative(i18n, p.ownBrand(), p.why()), 190));
        t.setPlaceholder(new javafx.scene.control.Label());
        t.setPrefHeight(110);
        org.salestrack.ui.Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** "442 lost" or "77 gained": a negative loss read as "−77 lost" left the reader to turn it round. */
    static String units(I18n i18n, double lost) {
        if (Double.isNaN(lost)) return "–";
        long n = Math.round(lost);
        return i18n.get(n < 0 ? "market.units.gained" : "market.units.lost", Format.units(Math.abs(n), i18n.locale()));
    }

    static String kind(I18n i18n, EventEffect e) {
        if (e.event().kind() == null) return "–";
        return switch (e.event().kind()) {
            case LAUNCH -> i18n.get("market.kind.launch");
            case PRICE_CUT -> i18n.get("market.kind.price_cut");
            case PROMOTION -> i18n.get("market.kind.promotion");
        };
    }

    /** "−2.12 pts [−2.55, −1.68]", or why there is no estimate. */
    static String effect(I18n i18n, EventEffect e) {
        Interval i = e.effectPp();
        return i == null ? why(i18n, e.why()) : points(i18n, i);
    }

    private static String points(I18n i18n, Interval i) {
        Locale l = i18n.locale();
        return i18n.get("market.effect.pp", String.format(l, "%+.2f", i.estimate()), String.format(l, "%+.2f", i.low()),
                String.format(l, "%+.2f", i.high()));
    }

    static String relative(I18n i18n, Interval i, String why) {
        if (i == null) return why(i18n, why);
        Locale l = i18n.locale();
        return String.format(l, "%+.1f%% [%+.1f%%, %+.1f%%]", 100 * i.estimate(), 100 * i.low(), 100 * i.high());
    }

    static String why(I18n i18n, String why) {
        if (why == null) return "–";
        return switch (why) {
            case "nationwide" -> i18n.get("market.why.nationwide");
            case "not_in_panel" -> i18n.get("market.why.not_in_panel");
            case "no_price_bands" -> i18n.get("market.why.no_price_bands");
            default -> i18n.get("market.why.too_few");
        };
    }

    static String percent(double v, Locale l) {
        return Double.isNaN(v) ? "–" : Format.percent(OptionalDouble.of(v), l);
    }

    /** The provinces in the reader's language, as the ranking and the tile map name them. */
    static String names(List<String> codes, I18n i18n) {
        return String.join(" ", codes.stream().map(c -> Provinces.get().name(c, i18n.chinese(), c)).toList());
    }

    private static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
