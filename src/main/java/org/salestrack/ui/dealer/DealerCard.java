package org.salestrack.ui.dealer;

import org.salestrack.model.Money;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.salestrack.analytics.dealer.Rebates;
import org.salestrack.model.Message;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.Scorecard;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;

/** The selected dealer's scorecard: its figures, its grade with the reasons and what the next grade needs, its rebate worked out. */
final class DealerCard {
    /** The figures' label keys; a figure's id is its key's last part. */
    private static final String[] FIGURES = {"dealers.card.sales", "dealers.card.sell_in", "dealers.card.sell_out", "dealers.card.stock",
        "dealers.card.cover", "dealers.card.target", "dealers.card.attainment", "dealers.card.growth_previous", "dealers.card.growth_year",
        "dealers.card.coverage", "dealers.card.nps", "dealers.card.resolved", "dealers.card.history"};

    /** The card's width: the ranking beside it keeps the rest of the row. */
    static final double WIDTH = 470;

    private final I18n i18n;
    private final Label title = new Label();
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Label grade = new Label();
    private final Label why = new Label();
    private final Label next = new Label();
    private final Label rebate = new Label();
    private final Label formula = new Label();
    private final VBox node;

    DealerCard(I18n i18n) {
        this.i18n = i18n;
        title.setId("dealers-card-title");
        title.getStyleClass().add("card-title");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        int row = 0;
        for (String key : FIGURES) {
            String f = key.substring(key.lastIndexOf('.') + 1).replace('_', '-');
            Label v = new Label("–");
            v.setId("dealers-card-" + f);
            v.setWrapText(true);
            v.setMaxWidth(260);
            values.put(f, v);
            Label name = Controls.label(i18n, key);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(v, 1, row++);
        }
        grade.setId("dealers-grade");
        grade.getStyleClass().add("kpi-value");
        for (Label l : new Label[] {why, next, formula}) {
            l.setWrapText(true);
            l.setMaxWidth(WIDTH);
        }
        why.setId("dealers-why");
        next.setId("dealers-next");
        rebate.setId("dealers-rebate");
        rebate.getStyleClass().add("kpi-value");
        formula.setId("dealers-rebate-formula");
        Label excessOnly = Controls.label(i18n, "dealers.rebate.excess.only");
        excessOnly.setWrapText(true);
        excessOnly.setMaxWidth(WIDTH);
        excessOnly.getStyleClass().add("kpi-note");
        node = new VBox(6, title, grid, Controls.label(i18n, "dealers.card.grade"), grade, why, next, Controls.label(i18n, "dealers.card.rebate"),
                rebate, formula, excessOnly);
    }

    VBox node() { return node; }

    void show(DealerRow r, DealerBoard board) {
        Locale l = i18n.locale();
        if (r == null) {
            title.setText(i18n.get("dealers.card.none"));
            values.values().forEach(v -> v.setText("–"));
            for (Label x : new Label[] {grade, why, next, rebate, formula}) x.setText("");
            return;
        }
        Scorecard s = r.card();
        title.setText(s.dealer().code() + " " + s.dealer().name() + " · " + s.dealer().tier() + " · " + s.dealer().provinceName() + " · " + s.period());
        set("sales", Format.moneyHeadline(s.salesE4(), l));
        set("sell-in", i18n.get("dealers.card.units.amount", Format.units(s.sellInQty(), l), Format.moneyHeadline(s.sellInE4(), l)));
        set("sell-out", i18n.get("dealers.card.units.amount", Format.units(s.sellOutQty(), l), Format.moneyHeadline(s.sellOutE4(), l)));
        set("stock", Format.units(s.stockQty(), l));
        set("cover", s.weeksCover() == null ? "–" : String.format(l, "%.1f", s.weeksCover()));
        set("target", s.targetE4() == null ? "–" : Format.moneyHeadline(s.targetE4(), l));
        set("attainment", pct(s.attainment(), false));
        set("growth-previous", pct(s.growthPrevious(), true));
        set("growth-year", pct(s.growthYear(), true));
        set("coverage", s.coverage().counties()
                ? i18n.get("dealers.card.coverage.counties", pct(s.coverage().share(), false), s.coverage().covered().size(),
                        s.coverage().territory().size(), String.join(" ", s.coverage().covered().stream()
                                .map(c -> org.salestrack.model.Counties.get().byCode(c).map(org.salestrack.model.County::name).orElse(c)).toList()))
                : i18n.get("dealers.card.coverage.cities", pct(s.coverage().share(), false), s.coverage().covered().size(),
                        s.coverage().territory().size(), String.join(" ", s.coverage().covered())));
        set("nps", s.nps() == null ? "–" : String.format(l, "%.1f", s.nps()));
        set("resolved", s.tickets() == null ? pct(s.resolved48h(), false)
                : i18n.get("feedback.dealers.card.tickets", pct(s.resolved48h(), false), s.tickets().within48h(), s.tickets().judged()));
        Map<String, Grade> h = board == null ? Map.of() : board.history().getOrDefault(s.dealer().code(), Map.of());
        set("history", h.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · ")));
        grade.setText(r.grade().name());
        why.setText(text(r.verdict().why()));
        next.setText(r.verdict().toNext().isEmpty() ? i18n.get("dealers.next.none")
                : i18n.get("dealers.next", r.grade().next().name(), r.verdict().toNext().stream().map(this::text).collect(Collectors.joining(i18n.get("dealers.list.separator")))));
        rebate.setText(Format.moneyHeadline(Money.roundedE4(r.rebate().total()), l));
        formula.setText(Rebates.formula(r.rebate()));
    }

    private String text(Message m) { return i18n.get(m, m.english()); }

    private void set(String f, String v) { values.get(f).setText(v); }

    private String pct(Double v, boolean signed) {
        if (v == null) return "–";
        return signed ? Format.signedPercent(OptionalDouble.of(v), i18n.locale()) : Format.percent(OptionalDouble.of(v), i18n.locale());
    }
}
