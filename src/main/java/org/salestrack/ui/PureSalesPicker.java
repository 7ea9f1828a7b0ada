package org.salestrack.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import org.salestrack.model.cube.PureSales;

/**
 * The global "pure" sales filter (issue 16 #5): leave out every campaign's window, or those of chosen tags (618,
 * 双11), so the dashboard trend, Explore and the forecasts read an unpromoted base. Writes to the StateManager and
 * follows it; its button says what is left out.
 */
final class PureSalesPicker extends MenuButton {
    private final StateManager state;
    private final I18n i18n;
    private final CheckMenuItem all = new CheckMenuItem();
    private List<String> tags = List.of();
    private boolean syncing;

    PureSalesPicker(StateManager state, I18n i18n) {
        this.state = state;
        this.i18n = i18n;
        setId("filter-pure");
        getStyleClass().add("member-picker");
        all.setId("filter-pure-all");
        all.setOnAction(e -> {
            if (!syncing) state.setPure(all.isSelected() ? PureSales.ALL : PureSales.OFF);
        });
        setTags(List.of());
    }

    /** The campaign tags of the workspace, one item each. */
    void setTags(List<String> workspaceTags) {
        this.tags = List.copyOf(workspaceTags);
        getItems().setAll(all);
        if (!tags.isEmpty()) getItems().add(new SeparatorMenuItem());
        for (int i = 0; i < tags.size(); i++) {
            CheckMenuItem item = new CheckMenuItem(tags.get(i));
            item.setId("filter-pure-tag-" + i);
            item.setOnAction(e -> {
                if (!syncing) state.setPure(chosenTags());
            });
            getItems().add(item);
        }
        follow();
    }

    private PureSales chosenTags() {
        Set<String> chosen = new LinkedHashSet<>();
        for (var item : getItems()) {
            if (item != all && item instanceof CheckMenuItem c && c.isSelected()) chosen.add(c.getText());
        }
        return chosen.isEmpty() ? PureSales.OFF : PureSales.tags(chosen);
    }

    /** Shows what the current slice leaves out, in the current language. */
    void follow() {
        PureSales p = state.slice().pure();
        syncing = true;
        try {
            all.setText(i18n.get("marketing.pure.all"));
            all.setSelected(p.allCampaigns());
            for (var item : getItems()) {
                if (item != all && item instanceof CheckMenuItem c) c.setSelected(p.on() && p.tags().contains(PureSales.normalise(c.getText())));
            }
        } finally {
            syncing = false;
        }
        setText(describe(p, i18n));
    }

    /** "Campaigns: counted", "Pure sales: every campaign left out", "Pure sales: 618, 双11 left out". */
    static String describe(PureSales p, I18n i18n) {
        if (!p.on()) return i18n.get("marketing.pure.off");
        return p.allCampaigns() ? i18n.get("marketing.pure.on.all") : i18n.get("marketing.pure.on.tags", String.join(", ", p.tags()));
    }
}
