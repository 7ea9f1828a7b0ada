package org.salestrack.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;

/** A multi-select of one dimension's members that writes its choice to the StateManager and follows drills. */
final class MemberPicker extends CheckComboBox<Member> {
    private final Dimension dim;
    private final StateManager state;
    private final I18n i18n;
    private List<Member> all = List.of();
    private boolean syncing;

    MemberPicker(Dimension dim, StateManager state, I18n i18n) {
        this.dim = dim;
        this.state = state;
        this.i18n = i18n;
        setId("filter-" + dim.id());
        getStyleClass().add("member-picker");
        setPrefWidth(dim == Dimension.SKU || dim == Dimension.CITY ? 140 : 120);
        updateTitle();
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Member m) { return m == null ? "" : MemberNames.of(m.dim(), m.key(), m.label(), i18n); }

            @Override
            public Member fromString(String s) { return null; }
        });
        getCheckModel().getCheckedItems().addListener((ListChangeListener<Member>) c -> {
            if (syncing) return;
            Set<String> keys = new LinkedHashSet<>();
            for (Member m : getCheckModel().getCheckedItems()) if (m != null) keys.add(m.key());
            state.setFilter(dim, keys);
        });
    }

    /** Shows the members, narrowed to the parents chosen one level up (if any). */
    void setMembers(List<Member> members, Set<String> parents) {
        this.all = members;
        List<Member> shown = parents.isEmpty() ? members : members.stream().filter(m -> parents.contains(m.parentKey())).toList();
        syncing = true;
        try {
            getItems().setAll(shown);
        } finally {
            syncing = false;
        }
        follow();
    }

    List<Member> all() { return all; }

    /** "Province" or "Province (2)": the skin's own checked count does not follow item changes. */
    void updateTitle() {
        int n = state.slice().keys(dim).size();
        setTitle(i18n.get("dim." + dim.id()) + (n == 0 ? "" : " (" + n + ")"));
        // the skin redraws its button only when the checks change, so toggle one back and forth
        if (!getItems().isEmpty()) {
            boolean was = syncing;
            syncing = true;
            try {
                getCheckModel().toggleCheckState(0);
                getCheckModel().toggleCheckState(0);
            } finally {
                syncing = was;
            }
        }
    }

    /** Checks what the current slice keeps for this dimension (after a drill, back or clear). */
    void follow() {
        Set<String> keys = state.slice().keys(dim);
        syncing = true;
        try {
            for (int i = 0; i < getItems().size(); i++) {
                boolean on = keys.contains(getItems().get(i).key());
                if (on != getCheckModel().isChecked(i)) {
                    if (on) getCheckModel().check(i); else getCheckModel().clearCheck(i);
                }
            }
        } finally {
            syncing = false;
        }
        updateTitle();
    }
}
