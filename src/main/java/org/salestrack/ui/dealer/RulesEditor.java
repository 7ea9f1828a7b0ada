package org.salestrack.ui.dealer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.salestrack.ui.Failures;
import org.salestrack.model.Message;
import org.salestrack.model.InvalidInput;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;

/**
 * The grade and rebate rules as the channel team writes them: yuan, percentages and NPS points. Saving
 * hands valid rules on; a value out of range is reported under the form and nothing is saved.
 */
final class RulesEditor {
    /** The fields' label keys; a field's id is its key's last part. */
    private static final String[] FIELDS = {"dealers.rule.a_sales", "dealers.rule.a_growth", "dealers.rule.a_nps", "dealers.rule.a_resolved",
        "dealers.rule.b_coverage", "dealers.rule.rate_a", "dealers.rule.rate_b", "dealers.rule.rate_c", "dealers.rule.excess_rate",
        "dealers.rule.digital_rate"};
    private final Map<String, String> labels = new LinkedHashMap<>();

    private final I18n i18n;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Label problem = new Label();
    private final VBox node;

    RulesEditor(I18n i18n, Consumer<GradeRules> save) {
        this.i18n = i18n;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (String key : FIELDS) {
            String f = key.substring(key.lastIndexOf('.') + 1).replace('_', '-');
            labels.put(f, key);
            TextField t = new TextField();
            t.setId("dealers-rule-" + f);
            t.setPrefColumnCount(10);
            fields.put(f, t);
            Label name = Controls.label(i18n, key);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(t, 1, row++);
        }
        problem.setId("dealers-rules-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        Button apply = Controls.button(i18n, "dealers-rules-save", "dealers.rules.save", () -> {
            try {
                GradeRules r = read();
                problem.setText("");
                save.accept(r);
            } catch (IllegalArgumentException e) {
                problem.setText(i18n.get("dealers.rules.bad", Failures.text(i18n, e)));
            }
        });
        node = new VBox(8, grid, apply, problem);
    }

    VBox node() { return node; }

    void show(GradeRules r) {
        if (r == null) return;
        set("a-sales", r.aSalesYuan().stripTrailingZeros().toPlainString());
        set("a-growth", percent(BigDecimal.valueOf(r.aGrowth())));
        set("a-nps", BigDecimal.valueOf(r.aNps()).stripTrailingZeros().toPlainString());
        set("a-resolved", percent(BigDecimal.valueOf(r.aResolved48h())));
        set("b-coverage", percent(BigDecimal.valueOf(r.bCoverage())));
        set("rate-a", percent(r.rateA()));
        set("rate-b", percent(r.rateB()));
        set("rate-c", percent(r.rateC()));
        set("excess-rate", percent(r.excessRate()));
        set("digital-rate", percent(r.digitalRate()));
    }

    private void set(String f, String v) { fields.get(f).setText(v); }

    private static String percent(BigDecimal share) { return share.movePointRight(2).stripTrailingZeros().toPlainString(); }

    /** Percent fields hold percentages (15 for 15%); the rest plain numbers. */
    GradeRules read() {
        return new GradeRules(number("a-sales"), share("a-growth").doubleValue(), number("a-nps").doubleValue(), share("a-resolved").doubleValue(),
                share("b-coverage").doubleValue(), share("rate-a"), share("rate-b"), share("rate-c"), share("excess-rate"), share("digital-rate"));
    }

    private BigDecimal number(String f) {
        String t = fields.get(f).getText().trim().replace(",", "").replace("%", "");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidInput(Message.of("dealers.rules.not.number", Message.of(labels.get(f)), t));
        }
    }

    private BigDecimal share(String f) { return number(f).movePointLeft(2); }
}
